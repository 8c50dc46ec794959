import { expect, test } from '@playwright/test';
import { emulator } from '../support/emulator';
import { ADMIN, NON_ADMIN, PORTAL_APP, PORTAL_URL } from '../support/env';

test.beforeEach(async () => {
  await emulator.reset();
});

test('sign-in with good credentials sets an httpOnly session cookie and returns no token', async ({ request }) => {
  const response = await request.post('/api/session', { data: ADMIN, headers: { Origin: PORTAL_APP } });
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(JSON.parse(body)).toEqual({ username: 'admin', kind: 'portal', portal: 'main' });
  for (const token of await emulator.issuedTokens()) expect(body).not.toContain(token);
  const cookie = response.headers()['set-cookie'] ?? '';
  expect(cookie).toMatch(/license_dashboard_session\.main=/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
});

test('sign-in passes on the portal’s own words for a wrong password', async ({ request }) => {
  const response = await request.post('/api/session', {
    data: { username: 'admin', password: 'wrong' },
    headers: { Origin: PORTAL_APP },
  });
  expect(response.status()).toBe(422);
  expect(await response.json()).toEqual({
    error: { code: 'portal_rejected', message: 'Unable to generate token.', details: ['Invalid username or password.'] },
  });
});

test('sign-in refuses, in words, an account without the Manage licenses privilege, before any admin call', async ({ request }) => {
  const response = await request.post('/api/session', { data: NON_ADMIN, headers: { Origin: PORTAL_APP } });
  expect(response.status()).toBe(403);
  const { error } = await response.json();
  expect(error.code).toBe('portal_forbidden');
  expect(error.message).toBe(
    `${new URL(PORTAL_URL).host} accepted analyst, but the dashboard did not sign you in: the account has the Publisher role, which may not manage licenses. An administrator can give it the default Administrator role, or a custom role with the "Manage licenses" privilege (portal:admin:manageLicenses).`,
  );
  expect(response.headers()['set-cookie'] ?? '').not.toMatch(/license_dashboard_session/);
  expect((await emulator.log()).entries.some((entry) => entry.path.includes('/portaladmin'))).toBe(false);
});

test('sign-in refuses a foreign or missing Origin before calling the portal', async ({ request }) => {
  const { lastSeq } = await emulator.log();
  for (const headers of [{ Origin: 'https://evil.example' }, {}] as Record<string, string>[]) {
    const response = await request.post('/api/session', { data: ADMIN, headers });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe('bad_origin');
  }
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('sign-in names the missing field and sends nothing to the portal', async ({ request }) => {
  const { lastSeq } = await emulator.log();
  const response = await request.post('/api/session', { data: { username: 'admin' }, headers: { Origin: PORTAL_APP } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error).toMatchObject({ code: 'invalid_input', field: 'password' });
  const notJson = await request.post('/api/session', {
    data: 'username=admin',
    headers: { Origin: PORTAL_APP, 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  expect(notJson.status()).toBe(415);
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('generateToken is called as documented: POST, client=referer, the token bound to the dashboard', async ({ request }) => {
  const { lastSeq } = await emulator.log();
  await request.post('/api/session', { data: ADMIN, headers: { Origin: PORTAL_APP } });
  const [generate] = (await emulator.log(lastSeq)).entries.filter((e) => e.path === '/sharing/rest/generateToken');
  expect(generate).toMatchObject({
    method: 'POST',
    params: { username: 'admin', password: '[password]', client: 'referer', referer: `${PORTAL_APP}/`, f: 'json' },
  });
});

test('sign-out clears the session; the license route then answers 401', async ({ request }) => {
  await request.post('/api/session', { data: ADMIN, headers: { Origin: PORTAL_APP } });
  expect((await request.get('/api/license')).status()).toBe(200);
  const foreign = await request.delete('/api/session', { headers: { Origin: 'https://evil.example' } });
  expect(foreign.status()).toBe(403);
  expect((await request.get('/api/license')).status()).toBe(200);
  const signOut = await request.delete('/api/session', { headers: { Origin: PORTAL_APP } });
  expect(signOut.status()).toBe(200);
  const after = await request.get('/api/license');
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe('unauthorized');
});

test('a throttled sign-in names whose failures and the time to try again, in UTC, with Retry-After', async ({ request }) => {
  const run = Date.now();
  const account = { username: `throttled-${run}`, password: 'nope' };
  const headers = { Origin: PORTAL_APP, 'X-Forwarded-For': `192.0.2.${run % 250}` };
  for (let i = 0; i < 3; i += 1) expect((await request.post('/api/session', { data: account, headers })).status()).toBe(422);
  const throttled = await request.post('/api/session', { data: account, headers });
  expect(throttled.status()).toBe(429);
  expect(throttled.headers()['retry-after']).toBe('300');
  const { error } = await throttled.json();
  expect(error.code).toBe('rate_limited');
  expect(error.message).toMatch(/^Too many failed sign-ins for this account; try again at \d\d:\d\d UTC \(in 5 minutes\)\.$/);
  expect(error.hint).toMatch(/locks an account after 5 failed sign-ins in 15 minutes/);
});
