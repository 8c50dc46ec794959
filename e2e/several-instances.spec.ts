import { z } from 'zod';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/postgres';
import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { ADMIN } from './support/env';
import { freshDataDir, instancePort, postgresRows, startInstance, type Instance } from './support/instances';
import { signInThroughApi } from './support/session';

// Two dashboards behind one (imagined) load balancer: the same SESSION_SECRET and the same
// PostgreSQL, nothing else shared. A session from one works on the other, and of the two collectors
// one runs per interval.

const INTERVAL_MS = 60_000;

let cluster: ThrowawayPostgres;
let instances: Instance[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await emulator.reset();
  cluster = await startThrowawayPostgres();
  // Started together, so their collectors' first runs fall at about the same moment.
  instances = await Promise.all(
    [0, 1].map((index) =>
      startInstance(instancePort(index + 1), {
        DATABASE_URL: cluster.url,
        // Unused with DATABASE_URL; each still gets its own, so nothing but the database is shared.
        DATA_DIR: freshDataDir(`several-${index}`),
        DEMO_USERNAME: ADMIN.username,
        DEMO_PASSWORD: ADMIN.password,
        COLLECT_INTERVAL: '1m',
      }),
    ),
  );
});
test.afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await cluster?.stop();
});

test('a session from one instance works on the other', async ({ request }) => {
  const [first, second] = instances;
  if (!first || !second) throw new Error('both instances run');
  await signInThroughApi(request, first.url);
  const license = await request.get(`${second.url}/api/license`);
  expect(license.status()).toBe(200);
  expect((await license.json()).license.members).toEqual({ used: 70, purchased: 1400 });
});

test('the sign-in throttle is shared: failures on one instance hold back the account on the other', async ({ request }) => {
  const [first, second] = instances;
  if (!first || !second) throw new Error('both instances run');
  const account = { username: `shared-throttle-${Date.now()}`, password: 'nope' };
  // Three free failures per account, spread over both instances: without shared counters neither
  // instance would have seen more than two.
  for (const instance of [first, second, first]) {
    const refused = await request.post(`${instance.url}/api/session`, { data: account, headers: { Origin: instance.url } });
    expect(refused.status()).toBe(422);
  }
  const throttled = await request.post(`${second.url}/api/session`, { data: account, headers: { Origin: second.url } });
  expect(throttled.status()).toBe(429);
  expect((await throttled.json()).error.message).toMatch(/^Too many failed sign-ins for this account/);
});

test('exactly one collector run per interval across both instances', async () => {
  test.setTimeout(300_000);
  const Run = z.object({ started_at: z.coerce.number(), outcome: z.string(), instance: z.string() });
  const runs = () => postgresRows(cluster.url, 'select started_at, outcome, instance from collector_runs order by started_at', Run);
  // The first runs (one each instance asked for, a few seconds after start), then the next interval's.
  await expect.poll(async () => (await runs()).length, { timeout: 3 * INTERVAL_MS, intervals: [2_000] }).toBeGreaterThanOrEqual(2);
  const seen = await runs();
  expect(seen.every((run) => run.outcome === 'ok')).toBe(true);
  // Both instances asked every time; without the lock there would be two runs seconds apart.
  const gaps = seen.slice(1).map((run, index) => run.started_at - (seen[index]?.started_at ?? 0));
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(0.9 * INTERVAL_MS);
  // Each run wrote its snapshot, taken as it started.
  const Taken = z.object({ taken_at: z.coerce.number() });
  const snapshots = await postgresRows(cluster.url, "select taken_at from snapshots where source = 'collector' order by taken_at", Taken);
  expect(snapshots.slice(0, seen.length).map((s) => s.taken_at)).toEqual(seen.map((run) => run.started_at));
  for (const instance of instances) {
    expect(instance.output()).toContain('[collector] ');
    expect(instance.output()).toContain('every 1 min as admin');
    expect(instance.output()).not.toContain(ADMIN.password);
  }
});
