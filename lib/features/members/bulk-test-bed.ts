import pLimit from 'p-limit';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { DEMO_ADMIN } from '../../../emulator/seed';
import { startEmulator, type RunningEmulator } from '../../../emulator/server';
import { readListing } from '../../arcgis/member-listings';
import { portalProfile } from '../../licensing/portal-profile';
import { portalRefOf, type PortalRef } from '../../licensing/snapshot';
import type { PortalSession } from '../../session';
import { openStore, type Store } from '../../store/engine';
import { StoreUnavailableError } from '../../store/errors';
import { emptyDatabase, type EmptyDatabase } from '../../store/test-store';

// What the bulk change tests share: the demo portal, a store of their own per test (or one that is
// down), a signed-in admin's session, and the demo's ArcGIS Pro holders online and offline.

/** ArcGIS Pro's listing in the demo license. */
export const PRO = 'd4a332a0be784dd2be53cec0a35e0859';
const REFERER = 'http://dashboard.test/';

let emulator: RunningEmulator;
let database: EmptyDatabase;
let store: Store | undefined;
let storeDown = false;

/** The store the mocked appStore gives: this test's own, or StoreUnavailableError after storeGoesDown(). */
export function bedStore(): Promise<Store> {
  return storeDown || !store ? Promise.reject(new StoreUnavailableError('connect ECONNREFUSED 127.0.0.1:5432')) : Promise.resolve(store);
}

export function testStore(): Store {
  if (!store) throw new Error('the test bed opens a store before each test');
  return store;
}

export function storeGoesDown(): void {
  storeDown = true;
}

/** Registers the hooks: the emulator for the file, a reset portal and an empty store per test. */
export function registerBulkTestBed(): void {
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, controlPort: 0 });
    process.env.SESSION_SECRET ??= 'a test secret of at least thirty-two characters';
    process.env.ARCGIS_PORTAL_URL ??= emulator.portalUrl;
  });
  afterAll(() => emulator.close());
  beforeEach(async () => {
    await control('/reset');
    storeDown = false;
    database = await emptyDatabase();
    store = await openStore(database.options);
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await database.drop();
  });
}

export const control = (path: string, body: unknown = {}) =>
  fetch(`${emulator.controlUrl}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

export async function signIn(): Promise<PortalSession> {
  const body = new URLSearchParams({ ...DEMO_ADMIN, client: 'referer', referer: REFERER, f: 'json' });
  const answer = (await (await fetch(`${emulator.portalUrl}/sharing/rest/generateToken`, { method: 'POST', body })).json()) as {
    token: string;
    expires: number;
  };
  return {
    sessionId: 'bulk-test-bed',
    portalId: 'main',
    signInMethod: 'password',
    secure: false,
    token: answer.token,
    tokenExpires: answer.expires,
    username: DEMO_ADMIN.username,
    portalUrl: emulator.portalUrl,
    referer: REFERER,
    profile: portalProfile({ kind: 'portal' }, '11.4'),
  };
}

export const portalOf = (session: PortalSession): PortalRef => portalRefOf(session.portalUrl, session.profile);

export const connectionOf = (session: PortalSession) => ({ portalUrl: session.portalUrl, token: session.token, referer: REFERER, timeoutMs: 10_000 });

/** provisionUserEntitlements calls the demo portal has received. */
export async function proPosts(): Promise<number> {
  const log = (await (await fetch(`${emulator.controlUrl}/log`)).json()) as { entries: { method: string; path: string }[] };
  return log.entries.filter((e) => e.method === 'POST' && e.path.endsWith('/provisionUserEntitlements')).length;
}

/** Two members holding Pro online and one with it checked out offline. */
export async function threeProHolders(session: PortalSession): Promise<{ online: string[]; offline: string }> {
  const listing = await readListing(connectionOf(session), PRO, pLimit(8));
  const online = listing.filter((e) => !e.disconnected && e.username !== DEMO_ADMIN.username).slice(0, 2);
  const offline = listing.find((e) => e.disconnected);
  if (online.length < 2 || !offline) throw new Error('the demo has Pro holders online and offline');
  return { online: online.map((e) => e.username), offline: offline.username };
}
