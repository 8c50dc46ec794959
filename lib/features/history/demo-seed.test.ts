import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import documented from '../../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { toOrgLicense } from '../../licensing/license-model';
import { PortalLicenseSchema } from '../../schemas/portal-license';
import { openStore, type Store } from '../../store/engine';
import { readHistory } from '../../store/snapshots';
import { emptyDatabase, type EmptyDatabase } from '../../store/test-store';
import { ensureDemoHistory } from './demo-seed';

const license = toOrgLicense(PortalLicenseSchema.parse(documented));
const portal = { url: 'http://127.0.0.1:3100/portal', orgId: '0123456789ABCDEF' };
const NOW = Date.UTC(2026, 10, 30, 14, 30);

let database: EmptyDatabase;
let store: Store;
let liveReads: number;
const readLive = async () => {
  liveReads += 1;
  return { license, assignedToday: {} };
};

beforeEach(async () => {
  liveReads = 0;
  database = await emptyDatabase();
  store = await openStore(database.options);
}, 30_000);
afterEach(async () => {
  await store.close();
  await database.drop();
});

const snapshots = async () => (await readHistory(store, { portal, from: 0, to: NOW, entitlementIds: [] })).snapshots;

describe('ensureDemoHistory', () => {
  it('seeds a year of synthetic daily snapshots once, even asked twice at once', async () => {
    await Promise.all([
      ensureDemoHistory(store, portal, { demo: true, now: NOW, readLive }),
      ensureDemoHistory(store, portal, { demo: true, now: NOW, readLive }),
    ]);
    await ensureDemoHistory(store, portal, { demo: true, now: NOW, readLive });
    const seeded = await snapshots();
    expect(seeded).toHaveLength(365);
    expect(seeded.every((s) => s.source === 'demo-seed')).toBe(true);
    expect(liveReads).toBe(1);
  }, 60_000);

  it('writes nothing outside demo mode and never reads the portal for it', async () => {
    await ensureDemoHistory(store, portal, { demo: false, now: NOW, readLive });
    expect(await snapshots()).toEqual([]);
    expect(liveReads).toBe(0);
  });

  it('tries again after a failed read of the live license', async () => {
    const failing = () => Promise.reject(new Error('portal down'));
    await expect(ensureDemoHistory(store, portal, { demo: true, now: NOW, readLive: failing })).rejects.toThrow('portal down');
    await ensureDemoHistory(store, portal, { demo: true, now: NOW, readLive });
    expect(await snapshots()).toHaveLength(365);
  }, 60_000);
});
