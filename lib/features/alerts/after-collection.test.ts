import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScheduledChange } from '../../licensing/scheduled-changes';
import type { LicenseSnapshot } from '../../licensing/snapshot';
import { latestCollectorRuns } from '../../store/collector-runs';
import { openStore, type Store } from '../../store/engine';
import { emptyDatabase, type EmptyDatabase } from '../../store/test-store';
import { collectOnce, type CollectorDeps } from '../history/collect-tick';

// The collector hands each run to the alerts after recording it (so the collector rule sees it), with
// the snapshot it wrote; an alerts failure is a log line, never a failed run.

const portal = { url: 'https://gis.example.com/portal', orgId: '' };
const settings = { portal, instanceId: 'a', leaseMs: 60_000, auditRetentionDays: 400, secrets: [] };
const snapshot: LicenseSnapshot = {
  portal: { ...portal, orgId: 'org' },
  takenAt: 1_000,
  source: 'collector',
  members: { inUse: 1, limit: 10 },
  entitlements: [],
  serverExpirations: [],
};

let database: EmptyDatabase;
let store: Store;
let lines: string[];
beforeEach(async () => {
  database = await emptyDatabase();
  store = await openStore(database.options);
  lines = [];
});
afterEach(async () => {
  await store.close();
  await database.drop();
});

function deps(overrides: Partial<CollectorDeps>): CollectorDeps {
  return {
    now: () => 1_000,
    store: async () => store,
    read: async () => ({ ok: true, snapshot, leftOut: [] }),
    log: (line) => lines.push(line),
    ...overrides,
  };
}

describe('collectOnce hands the run to the alerts', () => {
  it('after the run is recorded, with the snapshot written and the scheduled changes read; undefined when the read failed', async () => {
    const seen: (string | undefined)[] = [];
    const afterRun: CollectorDeps['afterRun'] = async (s, run) => {
      seen.push(`${(await latestCollectorRuns(s, portal, 1))[0]?.outcome} ${run.snapshot?.portal.orgId} ${run.scheduled?.length}`);
    };
    const scheduled: ScheduledChange[] = [
      {
        category: 'userType',
        id: 'creatorUT',
        date: 5_000,
        before: 25,
        after: 20,
        key: 'userType:creatorUT',
        name: 'Creator',
        kindLabel: 'User type',
        shortfall: { seats: 20, used: 25, over: 5 },
      },
    ];
    const read = async () => ({ ok: true as const, snapshot, leftOut: [], scheduled });
    expect(await collectOnce(settings, deps({ afterRun, read }))).toBe('ok');
    await store.db.deleteFrom('collectorLocks').execute();
    expect(await collectOnce(settings, deps({ afterRun, read: async () => ({ ok: false, reason: 'no members' }) }))).toBe('failed');
    expect(seen).toEqual(['ok org 1', 'failed undefined undefined']);
  });

  it('logs an alerts failure and still reports the run as it went', async () => {
    const afterRun = async () => {
      throw new Error('SMTP_URL must be an smtp:// or smtps:// URL');
    };
    expect(await collectOnce(settings, deps({ afterRun }))).toBe('ok');
    expect(lines).toEqual([`[collector] ${portal.url}: alerts not evaluated, SMTP_URL must be an smtp:// or smtps:// URL`]);
  });
});
