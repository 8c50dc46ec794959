import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../../emulator/server';
import { snapshotOf } from '../../licensing/snapshot-of';
import { appendAudit, listAudit } from '../../store/audit';
import { tryAcquireCollectorLock } from '../../store/collector-lock';
import { latestCollectorRuns } from '../../store/collector-runs';
import { connectStore, openStore, type Store } from '../../store/engine';
import { StoreUnavailableError } from '../../store/errors';
import { currentInventory } from '../../store/member-inventory';
import { readHistory } from '../../store/snapshots';
import { emptyDatabase, type EmptyDatabase } from '../../store/test-store';
import { startMembersSync } from '../members/sync';
import { passwordSignIn, readPortalAsCollector } from './collect-portal';
import { collectOnce, type CollectorDeps, type CollectorSettings } from './collect-tick';

/** The collector's account with its built-in admin, as startCollector makes it without a grant. */
function passwordAccount(portalUrl: string, password: string, timeoutMs: number) {
  return { portalUrl, timeoutMs, signIn: () => passwordSignIn(portalUrl, { username: 'admin', password }, timeoutMs) };
}

// One run against the demo portal (a real HTTP server) and a real embedded store.

const PASSWORD = 'demo-license-admin';
const HOUR = 3_600_000;
let emulator: RunningEmulator;
let database: EmptyDatabase;
let store: Store;
let lines: string[];
const NOW = Date.now();

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  database = await emptyDatabase();
  store = await openStore(database.options);
  lines = [];
});
afterEach(async () => {
  await store.close();
  await database.drop();
});

function settings(password = PASSWORD): CollectorSettings {
  return { portal: { url: emulator.portalUrl, orgId: '' }, instanceId: 'instance-a', leaseMs: HOUR, auditRetentionDays: 400, secrets: [password] };
}

function deps(password = PASSWORD, overrides: Partial<CollectorDeps> = {}): CollectorDeps {
  const account = passwordAccount(emulator.portalUrl, password, 10_000);
  return {
    now: () => NOW,
    store: async () => store,
    read: async (takenAt) => snapshotOf({ ...(await readPortalAsCollector(account, takenAt)), source: 'collector' }),
    log: (line) => lines.push(line),
    ...overrides,
  };
}

const snapshots = async (orgId?: string) => {
  const runs = await latestCollectorRuns(store, settings().portal, 10);
  const portal = { url: emulator.portalUrl, orgId: orgId ?? '' };
  return { runs, history: await readHistory(store, { portal, from: 0, to: NOW + HOUR }) };
};

describe('a collector run', () => {
  it('signs in as the collector, writes a snapshot of the whole license and records the run', async () => {
    expect(await collectOnce(settings(), deps())).toBe('ok');
    const { runs } = await snapshots();
    expect(runs).toEqual([{ startedAt: NOW, finishedAt: NOW, outcome: 'ok', reason: null, instance: 'instance-a' }]);
    const portals = await store.db.selectFrom('portals').select(['url', 'orgId']).execute();
    const orgId = portals.find((p) => p.orgId !== '')?.orgId;
    const { history } = await snapshots(orgId);
    expect(history.snapshots).toEqual([{ takenAt: NOW, source: 'collector', membersInUse: 70, membersLimit: 1400 }]);
    expect(history.points.find((p) => p.id === 'creatorUT')).toMatchObject({ kind: 'userType', seatsPurchased: 200, seatsAssigned: 53 });
    expect(history.serverExpirations.length).toBeGreaterThan(0);
    expect(lines).toEqual([]);
  });

  it('does nothing while another instance holds the lock for this interval', async () => {
    expect(await tryAcquireCollectorLock(store, settings().portal, 'instance-b', HOUR, NOW - 1)).toBe(true);
    let read = false;
    const outcome = await collectOnce(settings(), deps(PASSWORD, { read: async () => ((read = true), { ok: false, reason: 'unused' }) }));
    expect(outcome).toBe('not-holder');
    expect(read).toBe(false);
    expect((await snapshots()).runs).toEqual([]);
  });

  it('records a refused sign-in with the portal’s words, and the password is in no log line or stored reason', async () => {
    const wrong = 'Wr0ng-Secret-Passw0rd';
    expect(await collectOnce(settings(wrong), deps(wrong))).toBe('failed');
    const [run] = (await snapshots()).runs;
    expect(run).toMatchObject({ outcome: 'failed', reason: 'Unable to generate token. Invalid username or password.' });
    expect(lines).toEqual([`[collector] ${emulator.portalUrl}: collection failed: Unable to generate token. Invalid username or password.`]);
    // Even a portal that echoes the password gets it blanked.
    const echo = deps(wrong, {
      read: async () => {
        throw new Error(`Login failed for admin with password ${wrong}`);
      },
    });
    await collectOnce(settings(wrong), echo);
    expect(lines.join('\n')).not.toContain(wrong);
    expect(JSON.stringify(await snapshots())).not.toContain(wrong);
  });

  it('reads the scheduled changes for the alerts where the portal has getFutureLicense (the demo schedules none: expiries are not changes)', async () => {
    const account = passwordAccount(emulator.portalUrl, PASSWORD, 10_000);
    expect((await readPortalAsCollector(account, NOW)).scheduled).toEqual([]);
  });

  it('records an unreachable portal as failed, in words', async () => {
    const down = {
      ...deps(),
      read: async (takenAt: number) =>
        snapshotOf({
          ...(await readPortalAsCollector(passwordAccount('http://127.0.0.1:1/portal', PASSWORD, 5_000), takenAt)),
          source: 'collector',
        }),
    };
    expect(await collectOnce(settings(), down)).toBe('failed');
    expect((await snapshots()).runs[0]?.reason).toMatch(/connection refused/);
  });

  it('prunes the audit log past its retention as the lock holder', async () => {
    const entry = { portal: settings().portal, admin: 'admin', action: 'sign-in' as const, target: 'admin', parameters: {} };
    await appendAudit(store, { ...entry, at: NOW - 401 * 24 * HOUR });
    await appendAudit(store, { ...entry, at: NOW - HOUR });
    await collectOnce(settings(), deps());
    expect((await listAudit(store, { portal: settings().portal }, { offset: 0, limit: 10 })).entries.map((e) => e.at)).toEqual([NOW - HOUR]);
  });

  it('says in one line that it skipped when the store is out of reach', async () => {
    const unreachable = connectStore({ sqliteFile: '/etc/hostname/store.sqlite' });
    const outcome = await collectOnce(settings(), deps(PASSWORD, { store: async () => unreachable }));
    expect(outcome).toBe('store-unavailable');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[collector\] .*: skipped, The dashboard's store is unavailable: cannot open/);
    await unreachable.close().catch(() => undefined);
  });
});

describe('a collector run and the members inventory', () => {
  /** The collector's read with the members sync after the snapshot, on `syncStore`. */
  const withSync = (syncStore: () => Promise<Store>): Partial<CollectorDeps> => ({
    read: async (takenAt) => {
      const account = passwordAccount(emulator.portalUrl, PASSWORD, 10_000);
      const read = await readPortalAsCollector(account, takenAt);
      return {
        ...snapshotOf({ ...read, source: 'collector' }),
        syncMembers: () => startMembersSync(read.members, { store: syncStore, now: Date.now }).done,
      };
    },
  });

  it('syncs the members inventory after the snapshot, so the first run fills it', async () => {
    expect(
      await collectOnce(
        settings(),
        deps(
          PASSWORD,
          withSync(async () => store),
        ),
      ),
    ).toBe('ok');
    const portals = await store.db.selectFrom('portals').select(['url', 'orgId']).execute();
    const orgId = portals.find((p) => p.orgId !== '')?.orgId ?? '';
    expect(await currentInventory(store, { url: emulator.portalUrl, orgId })).toMatchObject({ membersTotal: 70 });
    expect((await snapshots(orgId)).history.snapshots).toHaveLength(1);
    expect((await snapshots()).runs[0]).toMatchObject({ outcome: 'ok', reason: null });
  });

  it('records a failed sync in words beside a snapshot that succeeded, without failing the run', async () => {
    const down = async (): Promise<Store> => {
      throw new StoreUnavailableError('disk full');
    };
    expect(await collectOnce(settings(), deps(PASSWORD, withSync(down)))).toBe('ok');
    const [run] = (await snapshots()).runs;
    expect(run).toMatchObject({ outcome: 'ok', reason: "Members inventory not synced: The dashboard's store is unavailable: disk full" });
    expect(lines).toEqual([`[collector] ${emulator.portalUrl}: Members inventory not synced: The dashboard's store is unavailable: disk full`]);
  });
});
