import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, DEMO_LICENSE_MANAGER, DEMO_NON_ADMIN, DEMO_OAUTH_APP } from './seed';
import { startTestEmulator } from './test-client';

// OAuth 2.0 authorization code + PKCE at <context>/sharing/rest/oauth2 (README "OAuth"), driven as
// a browser and the dashboard's server would: the sign-in page's form posted, redirects not followed.

type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;
let emulator: Emulator;

const REDIRECT = 'http://localhost:3000/api/auth/arcgis/callback';
const ORG_LICENSE = '/admin/orgs/0123456789ABCDEF/license';
type Account = { username: string; password: string };
type Json = Record<string, unknown>;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await emulator.control('POST', '/reset');
});

const oauthUrl = (context: string, name: string) => `${emulator.origin}${context}/sharing/rest/oauth2/${name}`;

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function authorize(context: string, params: Record<string, string>): Promise<Response> {
  const query = new URLSearchParams({ client_id: DEMO_OAUTH_APP.clientId, response_type: 'code', redirect_uri: REDIRECT, state: 'st-1', ...params });
  return fetch(`${oauthUrl(context, 'authorize')}?${query}`, { redirect: 'manual' });
}

function oauthStateIn(html: string): string {
  const found = /name="oauth_state" value="([^"]+)"/.exec(html);
  if (!found?.[1]) throw new Error(`No oauth_state in ${html}`);
  return found[1];
}

async function postSignIn(context: string, fields: Record<string, string>): Promise<Response> {
  return fetch(oauthUrl(context, 'signin'), { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
}

/** The redirect's query parameters, after checking it goes to `base`. */
function redirectParams(response: Response, base = REDIRECT): URLSearchParams {
  expect(response.status).toBe(302);
  const location = response.headers.get('location') ?? '';
  expect(location.startsWith(`${base}${base.includes('?') ? '&' : '?'}`)).toBe(true);
  return new URL(location).searchParams;
}

/** Through the sign-in page to the code, as a browser goes. */
async function codeFor(context: string, account: Account = DEMO_ADMIN, params: Record<string, string> = {}): Promise<string> {
  const page = await authorize(context, params);
  expect(page.status).toBe(200);
  const signedIn = await postSignIn(context, { oauth_state: oauthStateIn(await page.text()), ...account });
  const query = redirectParams(signedIn, params.redirect_uri ?? REDIRECT);
  expect(query.get('state')).toBe(params.state ?? 'st-1');
  return query.get('code') ?? '';
}

async function token(context: string, params: Record<string, string>): Promise<Json> {
  const body = new URLSearchParams({ client_id: DEMO_OAUTH_APP.clientId, f: 'json', ...params });
  const response = await fetch(oauthUrl(context, 'token'), { method: 'POST', body });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

/** Signed in through OAuth with PKCE (S256): the token endpoint's answer. */
async function signInWithPkce(context: string, account: Account = DEMO_ADMIN, params: Record<string, string> = {}): Promise<Json> {
  const { verifier, challenge } = pkce();
  const code = await codeFor(context, account, { code_challenge: challenge, code_challenge_method: 'S256', ...params });
  return token(context, { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: params.redirect_uri ?? REDIRECT });
}

async function withToken(context: string, path: string, accessToken: unknown, headers: Record<string, string> = {}): Promise<Json> {
  const query = new URLSearchParams({ f: 'json', token: String(accessToken) });
  return (await (await fetch(`${emulator.origin}${context}${path}?${query}`, { headers })).json()) as Json;
}

const oauthError = (code: number, error: string, description: string) => ({
  error: { code, error, error_description: description, message: description, details: [] },
});

describe('the authorization code flow with PKCE', () => {
  it('signs in through the portal page and the code, and the access token opens the sharing and admin APIs, not bound to a Referer', async () => {
    const { verifier, challenge } = pkce();
    const page = await authorize('/portal', { code_challenge: challenge, code_challenge_method: 'S256' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<title>Sign In - Demo Organization</title>');
    expect(html).toMatch(/<label for="user_username">Username<\/label>\s*<input id="user_username" name="username"/);
    expect(html).toMatch(/<label for="user_password">Password<\/label>\s*<input id="user_password" name="password" type="password"/);
    expect(html).toContain('<button type="submit">Sign In</button>');
    expect(html).toContain('name="cancel"');
    expect(html).toContain('action="/portal/sharing/rest/oauth2/signin"');
    expect(html).not.toContain('<script');

    const query = redirectParams(await postSignIn('/portal', { oauth_state: oauthStateIn(html), ...DEMO_ADMIN }));
    expect(query.get('state')).toBe('st-1');
    const answer = await token('/portal', {
      grant_type: 'authorization_code',
      code: query.get('code') ?? '',
      code_verifier: verifier,
      redirect_uri: REDIRECT,
    });
    expect(answer).toEqual({
      access_token: expect.any(String),
      expires_in: 1800,
      username: 'admin',
      ssl: false,
      refresh_token: expect.any(String),
      refresh_token_expires_in: 20_160 * 60,
    });

    const self = await withToken('/portal', '/sharing/rest/community/self', answer.access_token, { referer: 'https://elsewhere.example/' });
    expect(self).toMatchObject({ username: 'admin', role: 'org_admin' });
    expect(self).not.toHaveProperty('roleId');
    expect(self.privileges).toContain('portal:admin:manageLicenses');
    const license = await withToken('/portal', '/portaladmin/license', answer.access_token);
    expect(license).toHaveProperty('userTypes');
    expect(license).not.toHaveProperty('status');

    // Both tokens are in the control API's lists, for the dashboard's "no token reaches the browser" test.
    const live = (await emulator.control('GET', '/tokens')).json().tokens;
    const ever = (await emulator.control('GET', '/tokens?all')).json().tokens;
    for (const list of [live, ever]) expect(list).toEqual(expect.arrayContaining([answer.access_token, answer.refresh_token]));
  });

  it('logs the OAuth calls without the code, verifier, password, secret or tokens in clear', async () => {
    const before = Number((await emulator.control('GET', '/log')).json().lastSeq);
    const answer = await signInWithPkce('/portal');
    await token('/portal', { grant_type: 'refresh_token', refresh_token: String(answer.refresh_token), client_secret: DEMO_OAUTH_APP.clientSecret });
    const entries = (await emulator.control('GET', `/log?since=${before}`)).json().entries as { path: string; params: Record<string, string> }[];
    expect(entries.map((e) => e.path)).toEqual([
      '/sharing/rest/oauth2/authorize',
      '/sharing/rest/oauth2/signin',
      '/sharing/rest/oauth2/token',
      '/sharing/rest/oauth2/token',
    ]);
    const logged = JSON.stringify(entries);
    for (const secret of [DEMO_ADMIN.password, DEMO_OAUTH_APP.clientSecret, answer.access_token, answer.refresh_token])
      expect(logged).not.toContain(secret);
    const exchange = entries[2]?.params ?? {};
    expect(exchange).toMatchObject({ grant_type: 'authorization_code', code: '[code]', code_verifier: '[code_verifier]', redirect_uri: REDIRECT });
    expect(entries[1]?.params).toMatchObject({ username: 'admin', password: '[password]' });
  });

  it('opens the Kubernetes admin API to the custom license-manager role, and the federated server exchange to an OAuth token', async () => {
    const manager = await signInWithPkce('/arcgis', DEMO_LICENSE_MANAGER);
    const self = await withToken('/arcgis', '/sharing/rest/community/self', manager.access_token);
    expect(self).toMatchObject({ username: DEMO_LICENSE_MANAGER.username, role: 'org_admin', roleId: 'Lm7QxR2vKc9TbWe4' });
    expect(self.privileges).toContain('portal:admin:manageLicenses');
    expect(self.privileges).not.toContain('portal:admin:manageSecurity');
    expect(await withToken('/arcgis', ORG_LICENSE, manager.access_token)).toHaveProperty('capabilities');

    const admin = await signInWithPkce('/portal');
    const body = new URLSearchParams({ token: String(admin.access_token), serverUrl: `${emulator.origin}/server1`, f: 'json' });
    const server = (await (await fetch(`${emulator.origin}/portal/sharing/rest/generateToken`, { method: 'POST', body })).json()) as Json;
    expect(server).toMatchObject({ token: expect.any(String), expires: expect.any(Number) });
    expect(await withToken('/server1', '/admin/system/licenses', server.token)).toHaveProperty('edition');
  });

  it('signs in a member without admin privileges, whom the admin API refuses', async () => {
    const analyst = await signInWithPkce('/portal', DEMO_NON_ADMIN);
    const self = await withToken('/portal', '/sharing/rest/community/self', analyst.access_token);
    expect(self).toMatchObject({ username: DEMO_NON_ADMIN.username });
    expect(self.privileges).not.toContain('portal:admin:manageLicenses');
    expect(await withToken('/portal', '/portaladmin/license', analyst.access_token)).toMatchObject({ status: 'error', code: 403 });
  });

  it('refuses a wrong or missing code_verifier, and the code is used up by the attempt', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('/portal', DEMO_ADMIN, { code_challenge: challenge, code_challenge_method: 'S256' });
    const refused = await token('/portal', { grant_type: 'authorization_code', code, code_verifier: pkce().verifier, redirect_uri: REDIRECT });
    expect(refused).toEqual(oauthError(400, 'invalid_request', 'Invalid code_verifier'));
    const again = await token('/portal', { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT });
    expect(again).toEqual(oauthError(400, 'invalid_request', 'Invalid authorization code'));

    const other = await codeFor('/portal', DEMO_ADMIN, { code_challenge: challenge, code_challenge_method: 'S256' });
    const missing = await token('/portal', { grant_type: 'authorization_code', code: other, redirect_uri: REDIRECT });
    expect(missing).toEqual(oauthError(400, 'invalid_request', 'Invalid code_verifier'));
  });

  it('checks a plain challenge against the verifier itself', async () => {
    const { verifier } = pkce();
    const code = await codeFor('/portal', DEMO_ADMIN, { code_challenge: verifier, code_challenge_method: 'plain' });
    expect(await token('/portal', { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT })).toHaveProperty(
      'access_token',
    );
  });

  it('takes a code once only, and not from another deployment', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('/portal', DEMO_ADMIN, { code_challenge: challenge, code_challenge_method: 'S256' });
    const exchange = { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT };
    expect(await token('/arcgis', exchange)).toEqual(oauthError(400, 'invalid_request', 'Invalid authorization code'));
    const code2 = await codeFor('/portal', DEMO_ADMIN, { code_challenge: challenge, code_challenge_method: 'S256' });
    expect(await token('/portal', { ...exchange, code: code2 })).toHaveProperty('access_token');
    expect(await token('/portal', { ...exchange, code: code2 })).toEqual(oauthError(400, 'invalid_request', 'Invalid authorization code'));
    expect(await token('/portal', { ...exchange, code: 'not-a-code' })).toEqual(oauthError(400, 'invalid_request', 'Invalid authorization code'));
  });

  it('refuses at the token step a redirect_uri other than the authorize step sent, or none', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('/portal', DEMO_ADMIN, { code_challenge: challenge, code_challenge_method: 'S256' });
    const none = await token('/portal', { grant_type: 'authorization_code', code, code_verifier: verifier });
    expect(none).toEqual(oauthError(400, 'invalid_request', 'redirect_uri not specified'));
    // Registered too, but not the same string.
    const other = await token('/portal', { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: 'http://localhost:3000' });
    expect(other).toEqual(oauthError(400, 'invalid_request', 'Invalid redirect_uri'));
  });

  it('appends code and state with & to a redirect_uri that has a query, and keeps it exact at the token step', async () => {
    const redirect = 'http://127.0.0.1:3000/cb?next=%2Flicenses';
    const { verifier, challenge } = pkce();
    const page = await authorize('/portal', { redirect_uri: redirect, state: 'a b&c', code_challenge: challenge, code_challenge_method: 'S256' });
    const signedIn = await postSignIn('/portal', { oauth_state: oauthStateIn(await page.text()), ...DEMO_ADMIN });
    const query = redirectParams(signedIn, redirect);
    expect(signedIn.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:3000\/cb\?next=%2Flicenses&code=[\w-]+&state=a%20b%26c$/);
    expect(query.get('next')).toBe('/licenses');
    expect(query.get('state')).toBe('a b&c');
    const answer = await token('/portal', {
      grant_type: 'authorization_code',
      code: query.get('code') ?? '',
      code_verifier: verifier,
      redirect_uri: redirect,
    });
    expect(answer).toHaveProperty('access_token');
  });

  it('takes the refresh lifetime from expiration (minutes), at most 90 days', async () => {
    expect((await signInWithPkce('/portal', DEMO_ADMIN, { expiration: '60' })).refresh_token_expires_in).toBe(3600);
    expect((await signInWithPkce('/portal', DEMO_ADMIN, { expiration: '999999' })).refresh_token_expires_in).toBe(129_600 * 60);
  });
});

describe('refusals at the authorize step and on the sign-in page', () => {
  it('shows an error page, without redirecting, for an unknown client_id or an unregistered redirect_uri', async () => {
    for (const [params, message] of [
      [{ client_id: 'someOtherApp0000' }, 'Invalid client_id'],
      [{ redirect_uri: 'https://evil.example/cb' }, 'Invalid redirect_uri'],
      [{ redirect_uri: 'http://localhost:30001/cb' }, 'Invalid redirect_uri'],
      [{ redirect_uri: '' }, 'Invalid redirect_uri'],
    ] as const) {
      const page = await authorize('/portal', params);
      expect(page.status).toBe(400);
      expect(page.headers.get('location')).toBeNull();
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain(`Error: ${message}`);
    }
  });

  it('redirects with unsupported_response_type for anything but a code, once the redirect_uri is trusted', async () => {
    const query = redirectParams(await authorize('/portal', { response_type: 'token' }));
    expect(query.get('error')).toBe('unsupported_response_type');
    expect(query.get('state')).toBe('st-1');
    expect(query.get('code')).toBeNull();
  });

  it('re-renders the page for bad credentials, then signs in with good ones', async () => {
    const oauthState = oauthStateIn(await (await authorize('/portal', {})).text());
    const refused = await postSignIn('/portal', { oauth_state: oauthState, username: 'admin', password: 'wrong' });
    expect(refused.status).toBe(200);
    const html = await refused.text();
    expect(html).toContain('Invalid username or password.');
    expect(html).toContain('value="admin"');
    expect(redirectParams(await postSignIn('/portal', { oauth_state: oauthState, ...DEMO_ADMIN })).get('code')).toBeTruthy();
    // The sign-in is over: its page cannot be posted again.
    expect((await postSignIn('/portal', { oauth_state: oauthState, ...DEMO_ADMIN })).status).toBe(400);
  });

  it('redirects a cancel with access_denied and the state', async () => {
    const oauthState = oauthStateIn(await (await authorize('/portal', { state: 'xyz' })).text());
    const query = redirectParams(await postSignIn('/portal', { oauth_state: oauthState, cancel: 'true' }));
    expect(Object.fromEntries(query)).toEqual({ error: 'access_denied', error_description: 'The user has denied your request', state: 'xyz' });
  });

  it('follows the registration set through the control API, across resets', async () => {
    const registered = await emulator.control('POST', '/oauth/redirect-uris', { redirectUris: ['http://127.0.0.1:3107'] });
    expect(registered.json()).toMatchObject({ clientId: DEMO_OAUTH_APP.clientId, redirectUris: ['http://127.0.0.1:3107'] });
    await emulator.control('POST', '/reset');
    try {
      expect((await authorize('/portal', {})).status).toBe(400);
      expect((await authorize('/arcgis', { redirect_uri: 'http://127.0.0.1:3107/api/auth/arcgis/callback' })).status).toBe(200);
    } finally {
      await emulator.control('POST', '/oauth/redirect-uris', { redirectUris: [...DEMO_OAUTH_APP.redirectUris] });
    }
    expect((await emulator.control('POST', '/oauth/redirect-uris', { redirectUris: [] })).status).toBe(400);
  });
});

describe('tokens after the sign-in', () => {
  it('expires the access token after its lifetime (498)', async () => {
    await emulator.control('POST', '/oauth/lifetimes', { accessSeconds: 1 });
    const answer = await signInWithPkce('/portal');
    expect(answer.expires_in).toBe(1);
    expect(await withToken('/portal', '/sharing/rest/community/self', answer.access_token)).toMatchObject({ username: 'admin' });
    await sleep(1_100);
    expect(await withToken('/portal', '/sharing/rest/community/self', answer.access_token)).toMatchObject({ error: { code: 498 } });
    expect(await withToken('/portal', '/portaladmin/license', answer.access_token)).toMatchObject({ code: 498 });
  });

  it('gives a new access token for the refresh token (and no new refresh token); refuses an unknown or expired one with 498', async () => {
    await emulator.control('POST', '/oauth/lifetimes', { refreshSeconds: 1 });
    const answer = await signInWithPkce('/portal');
    expect(answer.refresh_token_expires_in).toBe(1);
    const refreshed = await token('/portal', { grant_type: 'refresh_token', refresh_token: String(answer.refresh_token) });
    expect(refreshed).toEqual({ access_token: expect.any(String), expires_in: 1800, username: 'admin', ssl: false });
    expect(refreshed.access_token).not.toBe(answer.access_token);
    expect(await withToken('/portal', '/sharing/rest/community/self', refreshed.access_token)).toMatchObject({ username: 'admin' });

    expect(await token('/portal', { grant_type: 'refresh_token', refresh_token: 'unknown' })).toEqual(
      oauthError(498, 'invalid_request', 'Invalid refresh_token'),
    );
    await sleep(1_100);
    expect(await token('/portal', { grant_type: 'refresh_token', refresh_token: String(answer.refresh_token) })).toEqual(
      oauthError(498, 'invalid_request', 'refresh_token expired'),
    );
  });

  it('rotates on exchange_refresh_token: a new refresh token of the same lifetime; the old one and its access tokens refused', async () => {
    const first = await signInWithPkce('/portal', DEMO_ADMIN, { expiration: '120' });
    const viaRefresh = await token('/portal', { grant_type: 'refresh_token', refresh_token: String(first.refresh_token) });
    const exchange = { grant_type: 'exchange_refresh_token', refresh_token: String(first.refresh_token) };
    expect(await token('/portal', exchange)).toEqual(oauthError(400, 'invalid_request', 'redirect_uri not specified'));

    const rotated = await token('/portal', { ...exchange, redirect_uri: REDIRECT });
    expect(rotated).toEqual({
      access_token: expect.any(String),
      expires_in: 1800,
      username: 'admin',
      ssl: false,
      refresh_token: expect.any(String),
      refresh_token_expires_in: 7200,
    });
    expect(rotated.refresh_token).not.toBe(first.refresh_token);
    expect(await token('/portal', { ...exchange, redirect_uri: REDIRECT })).toEqual(oauthError(498, 'invalid_request', 'Invalid refresh_token'));
    expect(await token('/portal', { grant_type: 'refresh_token', refresh_token: String(first.refresh_token) })).toMatchObject({
      error: { code: 498 },
    });
    for (const old of [first.access_token, viaRefresh.access_token]) {
      expect(await withToken('/portal', '/sharing/rest/community/self', old)).toMatchObject({ error: { code: 498 } });
    }
    expect(await withToken('/portal', '/sharing/rest/community/self', rotated.access_token)).toMatchObject({ username: 'admin' });
    expect(await token('/portal', { grant_type: 'refresh_token', refresh_token: String(rotated.refresh_token) })).toHaveProperty('access_token');
  });

  it('revokes a refresh token with its access tokens, and answers success for anything', async () => {
    const answer = await signInWithPkce('/portal');
    const revoke = (authToken: string) =>
      fetch(oauthUrl('/portal', 'revokeToken/'), {
        method: 'POST',
        body: new URLSearchParams({ client_id: DEMO_OAUTH_APP.clientId, auth_token: authToken, f: 'json' }),
      });
    expect(await (await revoke('garbage')).json()).toEqual({ success: true });
    expect(await (await revoke(String(answer.refresh_token))).json()).toEqual({ success: true });
    expect(await withToken('/portal', '/sharing/rest/community/self', answer.access_token)).toMatchObject({ error: { code: 498 } });
    expect(await token('/portal', { grant_type: 'refresh_token', refresh_token: String(answer.refresh_token) })).toMatchObject({
      error: { code: 498 },
    });
  });

  it('refuses an unknown client_id and a wrong client_secret in the portal shape', async () => {
    expect(await token('/portal', { client_id: 'someOtherApp0000', grant_type: 'refresh_token', refresh_token: 'x' })).toEqual(
      oauthError(400, 'invalid_client_id', 'Invalid client_id'),
    );
    expect(await token('/portal', { client_secret: 'wrong', grant_type: 'refresh_token', refresh_token: 'x' })).toEqual(
      oauthError(400, 'invalid_request', 'Invalid client_secret'),
    );
  });
});

describe('versions', () => {
  it('before 10.8.1 ignores the challenge and wants the client_secret for a code; no refresh_token_expires_in', async () => {
    await emulator.control('POST', '/reset', { profile: 'portal-10.8' });
    const { challenge } = pkce();
    const params = { code_challenge: challenge, code_challenge_method: 'S256' };
    const noSecret = await token('/portal', {
      grant_type: 'authorization_code',
      code: await codeFor('/portal', DEMO_ADMIN, params),
      redirect_uri: REDIRECT,
    });
    expect(noSecret).toEqual(oauthError(400, 'invalid_request', 'Invalid client_secret'));
    const code = await codeFor('/portal', DEMO_ADMIN, params);
    const answer = await token('/portal', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_secret: DEMO_OAUTH_APP.clientSecret,
    });
    expect(answer).toEqual({ access_token: expect.any(String), expires_in: 1800, username: 'admin', ssl: false, refresh_token: expect.any(String) });
    expect(await withToken('/portal', '/portaladmin/license', answer.access_token)).toHaveProperty('userTypes');
  });

  it('10.8.1 checks the verifier but reports no refresh_token_expires_in (10.9.1+)', async () => {
    await emulator.control('POST', '/reset', { profile: 'portal-10.8.1' });
    const { challenge } = pkce();
    const code = await codeFor('/portal', DEMO_ADMIN, { code_challenge: challenge, code_challenge_method: 'S256' });
    expect(await token('/portal', { grant_type: 'authorization_code', code, redirect_uri: REDIRECT })).toEqual(
      oauthError(400, 'invalid_request', 'Invalid code_verifier'),
    );
    const answer = await signInWithPkce('/portal');
    expect(answer).toHaveProperty('refresh_token');
    expect(answer).not.toHaveProperty('refresh_token_expires_in');
  });
});
