import { expect, test, type APIRequestContext } from '@playwright/test';
import { emulator } from '../support/emulator';
import { PORTAL_APP } from '../support/env';
import { syncMembersInventory } from '../support/members-inventory';
import { signInThroughApi } from '../support/session';

// The bulk change routes' edges: no session, a foreign Origin, input the dashboard refuses before it
// reads anything (an empty selection, more than 10,000 usernames, a user type the license lacks),
// 10,000 usernames taken, and an apply whose plan is not the portal's any more.

const PRO = 'd4a332a0be784dd2be53cec0a35e0859';
const revokePro = { kind: 'revokeApp', itemId: PRO };

test.beforeAll(async () => {
  await syncMembersInventory();
});

test.beforeEach(async () => {
  await emulator.reset();
});

function post(request: APIRequestContext, route: 'preview' | 'apply', data: unknown, origin = PORTAL_APP) {
  return request.post(`${PORTAL_APP}/api/members/bulk/${route}`, { data, headers: { Origin: origin } });
}

test('signed out, every bulk route answers 401 and reads nothing', async ({ request }) => {
  const { lastSeq } = await emulator.log();
  for (const response of [
    await request.get('/api/members/bulk/options'),
    await post(request, 'preview', { action: revokePro, selection: { usernames: ['achen'] } }),
    await post(request, 'apply', { action: revokePro, selection: { usernames: ['achen'] }, planId: '0'.repeat(64) }),
  ]) {
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
  }
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('a foreign Origin is refused before anything is read or sent', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  for (const route of ['preview', 'apply'] as const) {
    const response = await post(
      request,
      route,
      { action: revokePro, selection: { usernames: ['achen'] }, planId: '0'.repeat(64) },
      'https://evil.example',
    );
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe('bad_origin');
  }
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('an empty selection, 10,001 usernames and an unknown user type are 400s naming the field', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const empty = await post(request, 'preview', { action: revokePro, selection: { usernames: [] } });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error).toMatchObject({
    code: 'invalid_input',
    field: 'selection.usernames',
    message: expect.stringMatching(/at least one member/),
  });

  const tooMany = Array.from({ length: 10_001 }, (_, i) => `member${i}`);
  const over = await post(request, 'preview', { action: revokePro, selection: { usernames: tooMany } });
  expect(over.status()).toBe(400);
  expect((await over.json()).error).toMatchObject({ field: 'selection.usernames', message: expect.stringMatching(/At most 10,000 members/) });

  const wizard = await post(request, 'preview', {
    action: { kind: 'changeUserType', userLicenseType: 'wizardUT' },
    selection: { usernames: ['achen'] },
  });
  expect(wizard.status()).toBe(400);
  expect((await wizard.json()).error).toMatchObject({
    code: 'invalid_input',
    field: 'action.userLicenseType',
    message: expect.stringMatching(/wizardUT/),
  });

  const noApp = await post(request, 'preview', { action: { kind: 'revokeApp', itemId: 'f'.repeat(32) }, selection: { usernames: ['achen'] } });
  expect((await noApp.json()).error).toMatchObject({ field: 'action.itemId' });
});

test('a selection by the members filter is the members the page counts for it; a filter field it does not know, or no match, is a 400; both kinds at once too', async ({
  request,
}) => {
  await signInThroughApi(request, PORTAL_APP);
  const listed = await (await request.get(`/api/members?app=${PRO}&size=100`)).json();
  expect(listed.total).toBeGreaterThan(2);
  const { lastSeq } = await emulator.log();
  const byFilter = await post(request, 'preview', { action: revokePro, selection: { filter: `app=${PRO}` } });
  expect(byFilter.status(), await byFilter.text()).toBe(200);
  const preview = await byFilter.json();
  const covered = [...preview.send, ...preview.excluded].map((line: { username: string }) => line.username).sort();
  expect(covered).toEqual(listed.members.map((m: { username: string }) => m.username).sort());
  expect((await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST')).toEqual([]);

  for (const [filter, message] of [
    ['app=arcgisprodesktop&idleDays=90', /idleDays/],
    ['idle=soon', /idle: must be a whole number of days/],
    ['q=nobody-has-this-name', /no member matches/],
  ] as const) {
    const refused = await post(request, 'preview', { action: revokePro, selection: { filter } });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error).toMatchObject({ code: 'invalid_input', field: 'selection.filter', message: expect.stringMatching(message) });
  }
  const both = await post(request, 'preview', { action: revokePro, selection: { usernames: ['achen'], filter: '' } });
  expect(both.status()).toBe(400);
  expect((await both.json()).error.message).toMatch(/either usernames or filter/);
});

test('10,000 usernames are taken: the unknown ones are left out with the reason, nothing is sent', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const usernames = [...Array.from({ length: 9_999 }, (_, i) => `nobody${i}`), 'lkumar'];
  const response = await post(request, 'preview', { action: revokePro, selection: { usernames } });
  expect(response.status(), await response.text()).toBe(200);
  const preview = await response.json();
  expect(preview.excluded).toHaveLength(10_000);
  expect(preview.excluded.filter((e: { reason: string }) => e.reason === 'No member of this portal has this username.')).toHaveLength(9_999);
  expect(preview.excluded.find((e: { username: string }) => e.username === 'lkumar')).toMatchObject({
    reason: expect.stringMatching(/checked out offline/),
    releaseHref: '/release',
  });
  expect(preview.send).toEqual([]);
  expect(preview.calls).toBe(0);
});

test('apply with a plan the portal no longer gives is refused (409) and sends nothing', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await post(request, 'apply', { action: revokePro, selection: { usernames: ['achen'] }, planId: '0'.repeat(64) });
  expect(response.status()).toBe(409);
  expect((await response.json()).error.message).toMatch(/preview again/);
  expect((await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST')).toEqual([]);
});

test('the dialog options are the license user types and apps with their free seats, and ArcGIS Pro levels and extensions', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const options = await (await request.get('/api/members/bulk/options')).json();
  expect(options.userTypes.map((t: { id: string }) => t.id)).toContain('creatorUT');
  expect(options.apps.find((a: { itemId: string }) => a.itemId === PRO)).toMatchObject({
    id: 'arcgisprodesktop',
    name: 'ArcGIS Pro',
    free: expect.any(Number),
  });
  expect(options.proLevels.map((l: { name: string }) => l.name)).toEqual(['Basic', 'Standard', 'Advanced']);
});
