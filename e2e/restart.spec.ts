import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { freshDataDir, instancePort, startInstance } from './support/instances';
import { signInThroughApi } from './support/session';

// The audit log outlives the process, and no change reaches the portal without its entry: both need
// a dashboard of the test's own, stopped and started again, or started on a store it cannot open.

const RELEASE_PATH = /\/portaladmin\/license\/releaseLicense$/;

let scratch: string;
test.beforeEach(async () => {
  await emulator.reset();
  scratch = mkdtempSync(join(tmpdir(), 'audit-restart-'));
});
test.afterEach(() => rmSync(scratch, { recursive: true, force: true }));

async function signedIn(url: string): Promise<APIRequestContext> {
  const request = await playwrightRequest.newContext({ baseURL: url });
  await signInThroughApi(request, url);
  return request;
}

const release = (request: APIRequestContext, url: string, username: string) =>
  request.post('/api/license/release', { data: { username, appId: 'arcgisprodesktop' }, headers: { Origin: url } });

const HistoryCount = z.object({ snapshots: z.number(), series: z.array(z.object({ days: z.array(z.object({ day: z.number() })) })) });

async function historyOf(request: APIRequestContext) {
  const answer = await request.get('/api/history?range=all&ids=creatorUT');
  expect(answer.status()).toBe(200);
  const view = HistoryCount.parse(await answer.json());
  return { snapshots: view.snapshots, firstDay: view.series[0]?.days[0]?.day };
}

test('restart the dashboard on the same data: the release is still on /audit, the history still there', async () => {
  test.setTimeout(180_000);
  // Demo mode (DEMO_*), as `npm start` runs it.
  const env = { DATA_DIR: freshDataDir('audit-restart'), DEMO_USERNAME: 'admin', DEMO_PASSWORD: 'demo-license-admin' };
  const first = await startInstance(instancePort(5), env);
  let before: Awaited<ReturnType<typeof historyOf>> | undefined;
  try {
    const request = await signedIn(first.url);
    expect((await release(request, first.url, 'lkumar')).status()).toBe(200);
    // The demo's synthetic year, and the collector's first real snapshot (5 s after start) beside it.
    await expect.poll(async () => (await historyOf(request)).snapshots, { timeout: 60_000 }).toBeGreaterThan(365);
    before = await historyOf(request);
    await request.dispose();
  } finally {
    await first.stop();
  }
  const second = await startInstance(instancePort(5), env);
  try {
    const request = await signedIn(second.url);
    const { entries } = await (await request.get('/api/audit?action=release-license')).json();
    expect(entries).toMatchObject([{ admin: 'admin', action: 'release-license', target: 'lkumar', outcome: 'success' }]);
    const after = await historyOf(request);
    expect(after.firstDay).toBe(before?.firstDay);
    expect(after.snapshots).toBeGreaterThanOrEqual(before?.snapshots ?? Number.POSITIVE_INFINITY);
    await request.dispose();
  } finally {
    await second.stop();
  }
});

test('a store that cannot be opened: sign-in works, a change is refused (503) and nothing reaches the portal', async () => {
  test.setTimeout(120_000);
  // DATA_DIR is a plain file: the store's directory cannot be created.
  const notADirectory = join(scratch, 'not-a-directory');
  writeFileSync(notADirectory, '');
  const dashboard = await startInstance(instancePort(6), { DATA_DIR: notADirectory, DEMO_USERNAME: 'admin', DEMO_PASSWORD: 'demo-license-admin' });
  try {
    const request = await signedIn(dashboard.url);
    const { lastSeq } = await emulator.log();
    const refused = await release(request, dashboard.url, 'lkumar');
    expect(refused.status()).toBe(503);
    expect((await refused.json()).error.code).toBe('store_unavailable');
    const sent = (await emulator.log(lastSeq)).entries.filter((entry) => RELEASE_PATH.test(entry.path));
    expect(sent).toEqual([]);

    const page = await request.get('/audit');
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain('store is unavailable');
    await request.dispose();
  } finally {
    await dashboard.stop();
  }
});
