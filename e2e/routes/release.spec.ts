import { expect, test, type APIRequestContext } from '@playwright/test';
import { emulator } from '../support/emulator';
import { KUBERNETES_APP, PORTAL_APP } from '../support/env';
import { signInThroughApi } from '../support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

const OFFLINE = [
  'achen ArcGIS Pro',
  'analyst ArcGIS Pro',
  'dsilva ArcGIS Pro',
  'klopez ArcGIS Drone2Map',
  'lkumar ArcGIS Pro',
  'lnilsson ArcGIS Pro',
  'tsilva ArcGIS Drone2Map',
];

async function checkedOut(request: APIRequestContext, base: string): Promise<string[]> {
  const response = await request.get(`${base}/api/license/checkouts`);
  expect(response.status()).toBe(200);
  const { checkedOut: rows } = await response.json();
  return rows.map((row: { username: string; appName: string }) => `${row.username} ${row.appName}`);
}

function release(request: APIRequestContext, data: unknown, base = PORTAL_APP, origin = base) {
  return request.post(`${base}/api/license/release`, { data, headers: { Origin: origin } });
}

test('signed out, every release route answers 401', async ({ request }) => {
  for (const response of [
    await request.get('/api/license/checkouts'),
    await request.get('/api/members/search?q=chen'),
    await release(request, { username: 'achen', appId: 'arcgisprodesktop' }),
  ]) {
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
  }
});

test('the checked-out table lists every license taken offline, named, from every app the license has', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await request.get('/api/license/checkouts');
  const view = await response.json();
  expect(view.apps.map((a: { appId: string; licenseAppId: string; releasable: boolean }) => [a.appId, a.licenseAppId, a.releasable])).toEqual([
    ['arcgisprodesktop', 'arcgisprodesktop', true],
    ['drone2map', 'arcgisd2m', true],
    ['arcgisallsource', 'allsource', false],
  ]);
  expect(view.checkedOut.map((r: { username: string; appName: string }) => `${r.username} ${r.appName}`)).toEqual(OFFLINE);
  const lkumar = view.checkedOut.find((r: { username: string }) => r.username === 'lkumar');
  expect(lkumar.entitlements).toEqual([{ id: 'desktopBasicN', name: 'Basic' }]);
  expect(typeof lkumar.lastLogin).toBe('number');
  // One listing per app the license has, AllSource included (its checkouts are shown even where it cannot be released).
  const listings = (await emulator.log(lastSeq)).entries.filter((e) => e.path.endsWith('/userEntitlements'));
  expect(listings.map((e) => e.path).sort()).toEqual([
    '/sharing/rest/content/listings/0a5e092dee574858a89afa4686386450/userEntitlements',
    '/sharing/rest/content/listings/0b0e0497ace34206a67413d051530ded/userEntitlements',
    '/sharing/rest/content/listings/d4a332a0be784dd2be53cec0a35e0859/userEntitlements',
  ]);
});

test('a release posts username, appId and the token in the body, and the member leaves the table', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await release(request, { username: 'achen', appId: 'arcgisprodesktop' });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    username: 'achen',
    appId: 'arcgisprodesktop',
    appName: 'ArcGIS Pro',
    outcome: 'released',
    message: 'Released ArcGIS Pro for achen',
    details: [],
  });
  const posts = (await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST');
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatchObject({
    path: '/portaladmin/license/releaseLicense',
    tokenIn: 'body',
    params: { username: 'achen', appId: 'arcgisprodesktop', f: 'json', token: '[token]' },
  });
  expect(await checkedOut(request, PORTAL_APP)).toEqual(OFFLINE.filter((row) => row !== 'achen ArcGIS Pro'));
});

test('on Kubernetes the release goes to the organization’s license resource', async ({ request }) => {
  await signInThroughApi(request, KUBERNETES_APP);
  expect(await checkedOut(request, KUBERNETES_APP)).toEqual(OFFLINE);
  const { lastSeq } = await emulator.log();
  const response = await release(request, { username: 'klopez', appId: 'drone2map' }, KUBERNETES_APP);
  expect(response.status()).toBe(200);
  expect((await response.json()).message).toBe('Released ArcGIS Drone2Map for klopez');
  const posts = (await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST');
  expect(posts.map((e) => `${e.context}${e.path}`)).toEqual(['/arcgis/admin/orgs/0123456789ABCDEF/license/releaseLicense']);
  expect(posts[0]?.params).toMatchObject({ username: 'klopez', appId: 'drone2map' });
  expect(await checkedOut(request, KUBERNETES_APP)).not.toContain('klopez ArcGIS Drone2Map');
});

test('the portal’s refusal comes back in its own words, on both kinds', async ({ request }) => {
  for (const base of [PORTAL_APP, KUBERNETES_APP]) {
    await signInThroughApi(request, base);
    const unknown = await release(request, { username: 'nobody', appId: 'arcgisprodesktop' }, base);
    expect(unknown.status()).toBe(422);
    expect(await unknown.json()).toEqual({ error: { code: 'portal_rejected', message: "User 'nobody' does not exist or is inaccessible." } });
    const nothingOut = await release(request, { username: 'admin', appId: 'drone2map' }, base);
    expect(nothingOut.status()).toBe(422);
    expect((await nothingOut.json()).error.message).toBe("User 'admin' does not have a license for 'drone2map' checked out.");
  }
});

test('bad input is a 400 naming the field, and nothing reaches the portal', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const cases: [unknown, string][] = [
    [{ username: '  ', appId: 'arcgisprodesktop' }, 'username'],
    [{ username: 'achen', appId: 'arcgisd2m' }, 'appId'],
    [{ appId: 'drone2map' }, 'username'],
  ];
  for (const [data, field] of cases) {
    const response = await release(request, data);
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'invalid_input', field });
  }
  const search = await request.get('/api/members/search');
  expect(search.status()).toBe(400);
  expect((await search.json()).error).toMatchObject({ code: 'invalid_input', field: 'q' });
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('AllSource is refused before 11.5 with the reason, without asking the portal to release it', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await release(request, { username: 'achen', appId: 'arcgisallsource' });
  expect(response.status()).toBe(409);
  expect(await response.json()).toEqual({
    error: {
      code: 'not_supported',
      message: 'Releasing an ArcGIS AllSource license needs ArcGIS Enterprise 11.5 or later; this portal is 11.4.',
    },
  });
  expect((await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST')).toEqual([]);
});

test('a foreign Origin is refused before anything is sent', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await release(request, { username: 'achen', appId: 'arcgisprodesktop' }, PORTAL_APP, 'https://evil.example');
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('bad_origin');
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('member suggestions come from the portal’s member search, as prefixes', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await request.get('/api/members/search?q=chen');
  expect(response.status()).toBe(200);
  const { members } = await response.json();
  expect(members.map((m: { username: string }) => m.username)).toContain('achen');
  expect(members.find((m: { username: string }) => m.username === 'achen')).toEqual({
    username: 'achen',
    fullName: 'Ahmed Chen',
    email: 'achen@example.com',
  });
  const searches = (await emulator.log(lastSeq)).entries.filter((e) => e.path === '/sharing/rest/portals/self/users/search');
  expect(searches).toHaveLength(1);
  expect(searches[0]?.params).toMatchObject({ q: 'chen*', sortField: 'username' });
});
