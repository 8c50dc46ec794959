import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { emulator } from '../support/emulator';
import { dataDirOf, PORTAL_APP, PORTAL_APP_PORT } from '../support/env';
import { sqliteRows } from '../support/instances';
import { signInThroughApi } from '../support/session';

// The members inventory sync's routes against the demo portal's dashboard (70 members, 16 app listings).

const SYNC = '/api/members/sync';
const Count = z.object({ n: z.number() });

test.beforeEach(async () => {
  await emulator.reset();
});
test.afterEach(async () => {
  await emulator.setLatency(0);
  await emulator.portalUp();
});

/** The sync's state, once it is no longer running. */
async function settled(request: APIRequestContext) {
  let state: { state: string } = { state: 'running' };
  await expect.poll(async () => (state = await (await request.get(SYNC)).json()).state, { timeout: 30_000 }).not.toBe('running');
  return state;
}

test('signed out, reading and starting the sync answer 401', async ({ request }) => {
  expect((await request.get(SYNC)).status()).toBe(401);
  const post = await request.post(SYNC, { headers: { Origin: PORTAL_APP } });
  expect(post.status()).toBe(401);
  expect((await post.json()).error.code).toBe('unauthorized');
});

test('starting the sync from another origin is refused with 403 and starts nothing', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  await settled(request);
  const before = (await emulator.log()).lastSeq;
  const response = await request.post(SYNC, { headers: { Origin: 'https://evil.example.com' } });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('bad_origin');
  expect((await request.get(SYNC)).ok()).toBe(true);
  expect((await emulator.log(before)).entries.filter((e) => e.path.includes('/users/search'))).toEqual([]);
});

test('POST starts a sync (a second joins it), GET reports its progress, then its completion, and the store holds every member', async ({
  request,
}) => {
  await signInThroughApi(request, PORTAL_APP);
  await settled(request);
  await emulator.setLatency(300);
  const started = await request.post(SYNC, { headers: { Origin: PORTAL_APP } });
  expect(started.status()).toBe(200);
  const first = await started.json();
  expect(first).toMatchObject({ state: 'running' });
  const joined = await (await request.post(SYNC, { headers: { Origin: PORTAL_APP } })).json();
  expect(joined).toMatchObject({ state: 'running', startedAt: first.startedAt });

  await expect
    .poll(async () => (await request.get(SYNC)).json(), { timeout: 20_000, intervals: [50] })
    .toMatchObject({ state: 'running', startedAt: first.startedAt, membersTotal: 70, listingsTotal: 16 });
  const done = await settled(request);
  expect(done).toMatchObject({ state: 'completed', startedAt: first.startedAt, membersTotal: 70 });

  const rows = sqliteRows(
    dataDirOf(PORTAL_APP_PORT),
    "select count(*) as n from inventory_members m join member_inventories i on i.id = m.inventory_id where i.status = 'complete'",
    Count,
  );
  expect(rows).toEqual([{ n: 70 }]);
});

test('a portal that goes away mid-sync is reported in words, and the previous inventory stays', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  await settled(request);
  const inventories = () => sqliteRows(dataDirOf(PORTAL_APP_PORT), "select id as n from member_inventories where status = 'complete'", Count);
  const before = inventories();
  expect(before).toHaveLength(1);
  await emulator.setLatency(150);
  expect((await request.post(SYNC, { headers: { Origin: PORTAL_APP } })).status()).toBe(200);
  await emulator.portalDown();
  const failed = await settled(request);
  expect(failed).toMatchObject({ state: 'failed' });
  expect(JSON.stringify(failed)).toMatch(/could not be reached|refused|reset|closed/i);
  expect(inventories()).toEqual(before);
});
