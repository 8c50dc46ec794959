import { expect, test } from '@playwright/test';
import { apiRoutes, MUTATING_METHODS, PUBLIC_ROUTES, SIGN_IN_NAVIGATIONS } from '../support/api-routes';
import { emulator } from '../support/emulator';
import { ADMIN, PORTAL_APP, PORTAL_URL } from '../support/env';
import { signInThroughApi } from '../support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

const routes = apiRoutes();
const mutating = routes.filter((r) => MUTATING_METHODS.has(r.method));

test('the route list is read from the code', () => {
  expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
    expect.arrayContaining(['POST /api/session', 'DELETE /api/session', 'GET /api/license', 'GET /api/license/counts']),
  );
  expect(mutating.length).toBeGreaterThanOrEqual(2);
});

for (const route of mutating) {
  test(`${route.method} ${route.path} refuses a foreign or missing Origin with 403 JSON`, async ({ request }) => {
    await signInThroughApi(request, PORTAL_APP);
    const { lastSeq } = await emulator.log();
    for (const headers of [{ Origin: 'https://evil.example' }, {}] as Record<string, string>[]) {
      const response = await request.fetch(route.path, { method: route.method, headers, data: {} });
      expect(response.status()).toBe(403);
      expect(response.headers()['content-type']).toContain('application/json');
      expect((await response.json()).error.code).toBe('bad_origin');
    }
    expect((await emulator.log(lastSeq)).entries).toEqual([]);
  });
}

for (const route of routes.filter((r) => SIGN_IN_NAVIGATIONS.has(`${r.method} ${r.path}`))) {
  test(`${route.method} ${route.path} without a session goes back to sign-in (303), asking the portal for nothing`, async ({ request }) => {
    const { lastSeq } = await emulator.log();
    const response = await request.fetch(route.path, { method: route.method, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(new URL(response.headers().location ?? '', PORTAL_APP).pathname).toBe('/sign-in');
    expect((await emulator.log(lastSeq)).entries).toEqual([]);
  });
}

for (const route of routes.filter((r) => !PUBLIC_ROUTES.has(`${r.method} ${r.path}`) && !SIGN_IN_NAVIGATIONS.has(`${r.method} ${r.path}`))) {
  test(`${route.method} ${route.path} refuses a request without a session with 401`, async ({ request }) => {
    const response = await request.fetch(route.path, { method: route.method, headers: { Origin: PORTAL_APP }, data: {} });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
  });
}

test('security headers on pages, JSON, static files and errors; no X-Powered-By', async ({ request }) => {
  const signIn = await request.get('/sign-in');
  const html = await signIn.text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  const responses = {
    page: signIn,
    json: await request.get('/api/license'),
    static: await request.get(script as string),
    icon: await request.get('/icon.svg'),
    missing: await request.get('/no-such-page'),
    refusedPost: await request.post('/api/session', { data: ADMIN, headers: { Origin: 'https://evil.example' } }),
  };
  for (const [kind, response] of Object.entries(responses)) {
    const headers = response.headers();
    expect(headers['referrer-policy'], kind).toBe('no-referrer');
    expect(headers['x-content-type-options'], kind).toBe('nosniff');
    expect(headers['x-powered-by'], kind).toBeUndefined();
    expect(headers['content-security-policy'], kind).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], kind).not.toMatch(/https?:\/\//);
  }
  const pagePolicy = responses.page.headers()['content-security-policy'] as string;
  const scriptSrc = /script-src ([^;]+)/.exec(pagePolicy)?.[1] ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  // Every inline script the page carries has this response's nonce, and nonces differ per response.
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1] as string;
  const inlineScripts = html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [];
  expect(inlineScripts.length).toBeGreaterThan(0);
  for (const tag of inlineScripts) expect(tag).toContain(`nonce="${nonce}"`);
  const again = (await request.get('/sign-in')).headers()['content-security-policy'];
  expect(again).not.toBe(pagePolicy);
});

test('the same headers on a redirect to sign-in, a missing page and API errors', async ({ request }) => {
  const redirect = await request.get('/expirations', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toContain('/sign-in?next=%2Fexpirations');
  await signInThroughApi(request, PORTAL_APP);
  const responses = {
    redirect,
    missingPage: await request.get('/no-such-page'),
    missingRoute: await request.get('/api/no-such-route'),
    apiError: await request.post('/api/license/release', { data: { username: '' }, headers: { Origin: PORTAL_APP } }),
  };
  expect(responses.missingPage.status()).toBe(404);
  expect(responses.missingRoute.status()).toBe(404);
  expect(responses.apiError.status()).toBe(400);
  for (const [kind, response] of Object.entries(responses)) {
    const headers = response.headers();
    expect(headers['content-security-policy'], kind).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], kind).not.toMatch(/https?:\/\//);
    expect(headers['referrer-policy'], kind).toBe('no-referrer');
    expect(headers['x-content-type-options'], kind).toBe('nosniff');
    expect(headers['x-frame-options'], kind).toBe('DENY');
    expect(headers['x-powered-by'], kind).toBeUndefined();
  }
  expect(responses.redirect.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
});

test('the session cookie is Secure when the dashboard is reached over HTTPS', async ({ request }) => {
  const plain = await request.post('/api/session', { data: ADMIN, headers: { Origin: PORTAL_APP } });
  expect(plain.headers()['set-cookie']).not.toMatch(/;\s*Secure/i);
  const https = await request.post('/api/session', {
    data: ADMIN,
    headers: { Origin: PORTAL_APP, 'X-Forwarded-Proto': 'https' },
  });
  expect(https.status()).toBe(200);
  expect(https.headers()['set-cookie']).toMatch(/;\s*Secure/i);
});

test('failed sign-ins from one client slow down after five, without asking the portal', async ({ request }) => {
  const client = { Origin: PORTAL_APP, 'X-Forwarded-For': '203.0.113.50' };
  for (let i = 1; i <= 5; i += 1) {
    const response = await request.post('/api/session', { data: { username: `guess${i}`, password: 'nope' }, headers: client });
    expect(response.status(), `attempt ${i}`).toBe(422);
  }
  const { lastSeq } = await emulator.log();
  const slowed = await request.post('/api/session', { data: ADMIN, headers: client });
  expect(slowed.status()).toBe(429);
  expect(slowed.headers()['retry-after']).toBe('1');
  expect((await slowed.json()).error.message).toMatch(
    /^Too many failed sign-ins from this browser; try again at \d\d:\d\d:\d\d UTC \(in 1 second\)\.$/,
  );
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('one account gets at most three quick failures, whichever clients try it', async ({ request }) => {
  for (let i = 1; i <= 3; i += 1) {
    const response = await request.post('/api/session', {
      data: { username: 'target', password: `guess${i}` },
      headers: { Origin: PORTAL_APP, 'X-Forwarded-For': `198.51.100.${i}` },
    });
    expect(response.status()).toBe(422);
  }
  const fourth = await request.post('/api/session', {
    data: { username: 'target', password: 'guess4' },
    headers: { Origin: PORTAL_APP, 'X-Forwarded-For': '198.51.100.99' },
  });
  expect(fourth.status()).toBe(429);
  expect(Number(fourth.headers()['retry-after'])).toBeGreaterThan(290);
});

test('the portal’s own lock-out message is passed on', async ({ request }) => {
  // Lock the account at the portal directly (five wrong passwords), as another client would.
  for (let i = 0; i < 5; i += 1) {
    await fetch(`${PORTAL_URL}/sharing/rest/generateToken`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'analyst', password: 'wrong', f: 'json' }),
    });
  }
  const response = await request.post('/api/session', {
    data: { username: 'analyst', password: 'demo-license-user' },
    headers: { Origin: PORTAL_APP, 'X-Forwarded-For': '192.0.2.200' },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).error.details).toEqual(['Too many invalid login attempts. Your account has been locked. Try again later.']);
});
