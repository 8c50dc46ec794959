import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADMIN } from '../../../emulator/seed';
import { startEmulator, type RunningEmulator } from '../../../emulator/server';
import type { PortalConnection } from '../../arcgis/connection';
import { readPortalProfile } from '../../arcgis/profile';
import { portalRefOf } from '../../licensing/snapshot';
import { openStore, type Store } from '../../store/engine';
import { StoreUnavailableError } from '../../store/errors';
import { appendInventory, beginInventory, currentInventory } from '../../store/member-inventory';
import { emptyDatabase, type EmptyDatabase } from '../../store/test-store';
import type { SyncState } from './sync-contract';
import { membersSyncState, startMembersSync, type SyncDeps, type SyncSource } from './sync';

// The members inventory sync against the demo portal (a real HTTP server) and a real embedded store.

const REFERER = 'http://dashboard.test/';
const HOUR = 3_600_000;
let emulator: RunningEmulator;
let database: EmptyDatabase;
let store: Store;

async function control(path: string, body: unknown = {}): Promise<void> {
  await fetch(`${emulator.controlUrl}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

/** Resets the demo at `scale` and signs in as its administrator. */
async function source(scale: 'demo' | 'large'): Promise<SyncSource> {
  await control('/reset', { scale });
  const body = new URLSearchParams({ ...DEMO_ADMIN, client: 'referer', referer: REFERER, f: 'json' });
  const { token } = (await (await fetch(`${emulator.portalUrl}/sharing/rest/generateToken`, { method: 'POST', body })).json()) as { token: string };
  const connection: PortalConnection = { portalUrl: emulator.portalUrl, token, referer: REFERER, timeoutMs: 30_000 };
  const profile = await readPortalProfile(connection);
  return { connection, profile, portal: portalRefOf(emulator.portalUrl, profile) };
}

const deps: SyncDeps = { store: async () => store, now: () => Date.now() };

async function rows(inventoryId: number) {
  const count = (table: 'inventoryMembers' | 'inventoryLicenses') =>
    store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('inventoryId', '=', inventoryId)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  return { members: await count('inventoryMembers'), licenses: await count('inventoryLicenses') };
}

/** Every state the sync passes through, sampled until it ends. */
async function follow(src: SyncSource, done: Promise<SyncState>): Promise<SyncState[]> {
  const seen: SyncState[] = [];
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    seen.push(membersSyncState(src.portal));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  seen.push(membersSyncState(src.portal));
  return seen;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, controlPort: 0 });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  database = await emptyDatabase();
  store = await openStore(database.options);
});
afterEach(async () => {
  await control('/latency', { ms: 0 });
  await control('/portal/up');
  await store.close();
  await database.drop();
});

describe('the members inventory sync', () => {
  it('writes every member and every listing of the license into the store, reporting progress, and a second start joins it', async () => {
    const src = await source('demo');
    await control('/latency', { ms: 20 });
    const run = startMembersSync(src, deps);
    expect(startMembersSync(src, deps)).toBe(run);
    expect(run.state).toMatchObject({ state: 'running', membersRead: 0 });
    const seen = await follow(src, run.done);
    const result = await run.done;

    expect(result).toMatchObject({ state: 'completed', membersTotal: 70 });
    const running = seen.filter((s) => s.state === 'running');
    expect(running.some((s) => s.membersTotal === 70)).toBe(true);
    expect(running.some((s) => s.listingsRead > 0 && s.listingsRead < 16 && s.listingsTotal === 16)).toBe(true);
    const inventory = await currentInventory(store, src.portal);
    expect(inventory).toMatchObject({ membersTotal: 70, unreached: 0 });
    expect(inventory?.listings).toHaveLength(16);
    expect(inventory?.listings).toContainEqual({ itemId: 'd4a332a0be784dd2be53cec0a35e0859', name: 'ArcGIS Pro' });
    const written = await rows(inventory?.id ?? -1);
    expect(written.members).toBe(70);
    expect(written.licenses).toBeGreaterThan(0);
    const offline = await store.db.selectFrom('inventoryLicenses').select('username').where('disconnected', '=', 1).execute();
    expect(offline.length).toBeGreaterThan(0);
    expect(membersSyncState(src.portal)).toEqual(result);
  });

  it('reads all 50,000 members of the large demo into the store, past the search window', async () => {
    const src = await source('large');
    const run = startMembersSync(src, deps);
    const seen = await follow(src, run.done);
    expect(await run.done).toMatchObject({ state: 'completed', membersTotal: 50_000 });
    expect(seen.some((s) => s.state === 'running' && s.membersTotal === 50_000 && s.membersRead > 0 && s.membersRead < 50_000)).toBe(true);
    const inventory = await currentInventory(store, src.portal);
    expect(await rows(inventory?.id ?? -1)).toMatchObject({ members: 50_000 });
  }, 180_000);

  it('leaves the previous inventory when the portal goes away mid-sync, says so in words, and the next sync cleans up an abandoned one', async () => {
    const src = await source('demo');
    expect(await startMembersSync(src, deps).done).toMatchObject({ state: 'completed' });
    const previous = await currentInventory(store, src.portal);

    await control('/latency', { ms: 100 });
    const run = startMembersSync(src, deps);
    while (membersSyncState(src.portal).state === 'running' && !JSON.stringify(membersSyncState(src.portal)).includes('"listingsRead":1')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await control('/portal/down');
    const failed = await run.done;
    expect(failed.state).toBe('failed');
    expect(failed.state === 'failed' && failed.reason).toMatch(/refused|reach|closed|reset/i);
    expect(await currentInventory(store, src.portal)).toEqual(previous);

    // A sync killed while writing left its rows behind two hours ago; the next one deletes them, even when it fails.
    const abandoned = await beginInventory(store, src.portal, Date.now() - 2 * HOUR);
    await appendInventory(store, abandoned, { members: [{ ...member, username: 'half-written' }], licenses: [] });
    expect(await startMembersSync(src, deps).done).toMatchObject({ state: 'failed' });
    expect(await rows(abandoned)).toEqual({ members: 0, licenses: 0 });
    expect(await currentInventory(store, src.portal)).toEqual(previous);
  });

  it("fails with the store's words when the store is out of reach, before reading the portal", async () => {
    const src = await source('demo');
    const down: SyncDeps = {
      ...deps,
      store: async () => {
        throw new StoreUnavailableError('connection refused (127.0.0.1:5432)');
      },
    };
    const result = await startMembersSync(src, down).done;
    expect(result).toMatchObject({ state: 'failed', reason: "The dashboard's store is unavailable: connection refused (127.0.0.1:5432)" });
  });
});

const member = {
  username: '',
  fullName: null,
  email: null,
  role: null,
  roleId: null,
  userLicenseTypeId: null,
  created: null,
  lastLogin: null,
  disabled: false,
  provider: null,
};
