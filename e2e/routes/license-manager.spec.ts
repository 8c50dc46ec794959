import { expect, test, type APIRequestContext } from '@playwright/test';
import { emulator } from '../support/emulator';
import { KUBERNETES_APP, PORTAL_APP } from '../support/env';
import { signInThroughApi } from '../support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

function update(request: APIRequestContext, data: unknown, base = PORTAL_APP, origin = base) {
  return request.post(`${base}/api/license-manager`, { data, headers: { Origin: origin } });
}

async function portalStatus(request: APIRequestContext, base = PORTAL_APP): Promise<{ reachable: boolean; problem?: string }> {
  const response = await request.get(`${base}/api/portal/status`);
  expect(response.status()).toBe(200);
  return response.json();
}

test('signed out, the License Manager and status routes answer 401', async ({ request }) => {
  for (const response of [
    await request.get('/api/license-manager'),
    await update(request, { primaryHost: 'lm.example.com', port: 27000 }),
    await request.get('/api/portal/status'),
  ]) {
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
  }
});

test('the current License Manager is read from the license resource on both kinds', async ({ request }) => {
  for (const [base, kind] of [
    [PORTAL_APP, 'portal'],
    [KUBERNETES_APP, 'kubernetes'],
  ] as const) {
    await signInThroughApi(request, base);
    const response = await request.get(`${base}/api/license-manager`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ kind, licenseManager: { hosts: ['licensemanager.example.com'], port: 27000 } });
  }
});

test('bad input is a 400 naming the field, and nothing reaches the portal', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const cases: [unknown, string, string][] = [
    [{ primaryHost: 'https://lm.example.com', port: 27000 }, 'primaryHost', 'Enter the host name only, without http:// or https://.'],
    [
      { primaryHost: 'lm.example.com', backupHost: 'LM.example.com', port: 27000 },
      'backupHost',
      'The backup host must be a different machine from the primary host.',
    ],
    [{ primaryHost: 'lm.example.com', port: 0 }, 'port', 'The port must be a whole number from 1 to 65535.'],
    [
      { primaryHost: 'lm1.example.com,lm2.example.com', port: 27000 },
      'primaryHost',
      'Enter one host name per field; the second goes in Backup host.',
    ],
  ];
  for (const [data, field, message] of cases) {
    const response = await update(request, data);
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toEqual({ code: 'invalid_input', field, message: `${field}: ${message}` });
  }
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('a foreign Origin is refused before anything is sent', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await update(request, { primaryHost: 'lm.example.com', port: 27000 }, PORTAL_APP, 'https://evil.example');
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('bad_origin');
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('the portal’s refusal comes back in its own words and nothing restarts', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const response = await update(request, { primaryHost: 'lm.invalid', port: 27000 });
  expect(response.status()).toBe(422);
  expect(await response.json()).toEqual({
    error: { code: 'portal_rejected', message: "Unable to connect to the License Manager on 'lm.invalid:27000'." },
  });
  const after = await request.get('/api/license-manager');
  expect(after.status()).toBe(200);
  expect((await after.json()).licenseManager).toEqual({ hosts: ['licensemanager.example.com'], port: 27000 });
});

for (const [base, path] of [
  [PORTAL_APP, '/portal/portaladmin/license/updateLicenseManager'],
  [KUBERNETES_APP, '/arcgis/admin/orgs/0123456789ABCDEF/license/updateLicenseManager'],
] as const) {
  test(`an update restarts the portal, the status route follows it without a token, and the new value is served (${base === PORTAL_APP ? 'portal' : 'Kubernetes'})`, async ({
    request,
  }) => {
    await signInThroughApi(request, base);
    const { lastSeq } = await emulator.log();
    const response = await update(request, { primaryHost: 'lm1.example.com', backupHost: 'lm2.example.com', port: '27001' }, base);
    expect(response.status()).toBe(200);
    // The e2e emulator restarts for 3 s and asks for a first check after half of that.
    expect(await response.json()).toEqual({ requested: { hosts: ['lm1.example.com', 'lm2.example.com'], port: 27001 }, recheckAfterSeconds: 2 });
    const posts = (await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST');
    expect(posts.map((e) => `${e.context}${e.path}`)).toEqual([path]);
    expect(posts[0]).toMatchObject({
      tokenIn: 'body',
      params: { licenseManagerInfo: '{"hostname":"lm1.example.com,lm2.example.com","port":27001}' },
    });

    await expect.poll(async () => (await portalStatus(request, base)).reachable).toBe(false);
    expect((await portalStatus(request, base)).problem).toContain('connection refused');
    await expect.poll(async () => (await portalStatus(request, base)).reachable, { timeout: 20_000 }).toBe(true);

    // The restart ended the session's token: the dashboard says so rather than failing.
    const stale = await request.get(`${base}/api/license-manager`);
    expect(stale.status()).toBe(401);
    expect((await stale.json()).error.code).toBe('session_expired');

    await signInThroughApi(request, base);
    const fresh = await request.get(`${base}/api/license-manager`);
    expect((await fresh.json()).licenseManager).toEqual({ hosts: ['lm1.example.com', 'lm2.example.com'], port: 27001 });
  });
}

test('the status route answers with the portal down, and with every token expired', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  expect(await portalStatus(request)).toMatchObject({ reachable: true });
  await emulator.expireTokens();
  expect(await portalStatus(request)).toMatchObject({ reachable: true });
  await emulator.portalDown();
  const down = await portalStatus(request);
  expect(down.reachable).toBe(false);
  expect(down.problem).toMatch(/connection refused/);
});

test('the License Manager view says the portal’s version and whether it needs one (optional from 11.4)', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const current = await (await request.get('/api/license-manager')).json();
  expect(current).toMatchObject({ version: expect.stringMatching(/^11\.4/), licenseManagerRequired: false });

  await emulator.fault({ kind: 'answer', match: 'GET /portal/portaladmin$', times: 1, body: { version: '11.1.0' } });
  await signInThroughApi(request, PORTAL_APP);
  expect(await (await request.get('/api/license-manager')).json()).toMatchObject({ version: '11.1.0', licenseManagerRequired: true });
});

test('an accepted update is remembered in a sealed httpOnly cookie until the page forgets it (session and Origin checked)', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  // Accepted without a restart, so the session stays usable for the rest of the test.
  await emulator.fault({ kind: 'answer', match: 'POST .*/updateLicenseManager$', times: 1, body: { status: 'success', recheckAfterSeconds: 20 } });
  const response = await update(request, { primaryHost: 'license.example.com', port: 27000 });
  expect(response.status()).toBe(200);
  const cookie = response.headers()['set-cookie'] ?? '';
  expect(cookie).toMatch(/license_dashboard_restart=/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).not.toContain('license.example.com');

  const foreign = await request.delete('/api/license-manager/restart', { headers: { Origin: 'https://evil.example' } });
  expect(foreign.status()).toBe(403);
  const forgotten = await request.delete('/api/license-manager/restart', { headers: { Origin: PORTAL_APP } });
  expect(forgotten.status()).toBe(200);
  expect(await forgotten.json()).toEqual({ forgotten: true });
  expect(forgotten.headers()['set-cookie']).toMatch(/license_dashboard_restart=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
});
