import { expect, test } from '@playwright/test';
import { emulator } from '../support/emulator';
import { KUBERNETES_APP, PORTAL_APP, PORTAL_URL } from '../support/env';
import { signInThroughApi } from '../support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

test('signed out, the license route answers 401 in JSON', async ({ request }) => {
  const response = await request.get('/api/license');
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: 'Sign in to continue.' } });
});

test('signed in, it returns the validated license of the portal', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const response = await request.get('/api/license', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.status()).toBe(200);
  // A few kilobytes: sent as they are (see json() in lib/http/route.ts), never cached.
  expect(response.headers()['cache-control']).toBe('no-store, no-transform');
  expect(response.headers()['content-encoding']).toBeUndefined();
  const { kind, license, asOf } = await response.json();
  expect(kind).toBe('portal');
  expect(typeof asOf).toBe('number');
  expect(license.members).toEqual({ used: 70, purchased: 1400 });
  expect(license.version).toBe('11.4');
  const creator = license.entitlements.find((e: { id: string }) => e.id === 'creatorUT');
  expect(creator).toMatchObject({ category: 'userType', used: 53, purchased: 200 });
  expect(license.entitlements.filter((e: { category: string }) => e.category === 'app')).toHaveLength(16);
  expect(license.licenseManager).toEqual({ hosts: ['licensemanager.example.com'], port: 27000 });
});

test('the license call carries the token in the query of a GET and the Referer it was issued for', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  await request.get('/api/license');
  const entries = (await emulator.log(lastSeq)).entries;
  expect(entries.map((e) => `${e.method} ${e.path}`)).toEqual(['GET /portaladmin/license']);
  expect(entries[0]).toMatchObject({ tokenIn: 'query', params: { f: 'json', token: '[token]' } });
});

test('assignment counts come from the portal’s member counts', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const response = await request.get('/api/license/counts');
  expect(response.status()).toBe(200);
  const { counts } = await response.json();
  // The emulator keys apps by listing itemId: ArcGIS Pro's is d4a332a0…
  expect(counts.app.d4a332a0be784dd2be53cec0a35e0859).toBe(46);
  expect(counts.appBundle).toEqual({ urbanSuiteAB: 3 });
});

test('an expired portal token answers 401 with the re-sign-in cue', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  await emulator.expireTokens();
  const response = await request.get('/api/license');
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({
    error: { code: 'session_expired', message: 'Your portal session expired; sign in again.' },
  });
});

test('a portal that refuses connections answers 502 naming the portal and the cause', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  await emulator.portalDown();
  const response = await request.get('/api/license');
  expect(response.status()).toBe(502);
  const { error } = await response.json();
  expect(error.code).toBe('portal_unreachable');
  expect(error.message).toBe(`Cannot reach the portal at ${PORTAL_URL}: connection refused.`);
  expect(error.hint).toContain('ARCGIS_PORTAL_URL');
  expect(JSON.stringify(error)).not.toMatch(/at .*\.js:\d+/);
});

test('on Kubernetes the same route reads the organization license from the admin API', async ({ request }) => {
  await signInThroughApi(request, KUBERNETES_APP);
  const { lastSeq } = await emulator.log();
  const response = await request.get(`${KUBERNETES_APP}/api/license`);
  expect(response.status()).toBe(200);
  const { kind, license } = await response.json();
  expect(kind).toBe('kubernetes');
  expect(license.members).toEqual({ used: 70, purchased: 1400 });
  // Fields the portal-admin shape lacks are kept, not dropped.
  expect(license.extra.capabilities.features.map((f: { name: string }) => f.name)).toContain('esriServerLicenseAdvanced');
  const paths = (await emulator.log(lastSeq)).entries.map((e) => `${e.context}${e.path}`);
  expect(paths).toEqual(['/arcgis/admin/orgs/0123456789ABCDEF/license']);
});
