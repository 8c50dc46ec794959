import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import documented from '../../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { toOrgLicense } from '../../licensing/license-model';
import { PortalLicenseSchema } from '../../schemas/portal-license';
import { connectStore, openStore, type Store } from '../../store/engine';
import { readHistory } from '../../store/snapshots';
import { emptyDatabase, type EmptyDatabase } from '../../store/test-store';
import { OPEN_SNAPSHOT_WINDOW_MS, recordSnapshotOfReads, type PageReads, type RecordDeps } from './snapshot-record';

const license = toOrgLicense(PortalLicenseSchema.parse(documented));
const portal = { url: 'https://gis.example.com/portal', orgId: 'org' };
const reads = (overrides: Partial<PageReads> = {}): PageReads => ({
  license: Promise.resolve(license),
  counts: Promise.resolve({ app: {}, appBundle: {} }),
  servers: Promise.resolve([]),
  ...overrides,
});

let database: EmptyDatabase;
let store: Store;
let lines: string[];
let now: number;
const deps = (): RecordDeps => ({ store: async () => store, now: () => now, log: (line) => lines.push(line) });

beforeEach(async () => {
  database = await emptyDatabase();
  store = await openStore(database.options);
  lines = [];
  now = 1_000_000;
});
afterEach(async () => {
  await store.close();
  await database.drop();
});

const taken = async () => (await readHistory(store, { portal, from: 0, to: Number.MAX_SAFE_INTEGER })).snapshots.map((s) => [s.takenAt, s.source]);

describe('a snapshot as the overview opens', () => {
  it('is written once an hour, whatever the number of openings', async () => {
    expect(await recordSnapshotOfReads(portal, reads(), deps())).toBe(true);
    now += OPEN_SNAPSHOT_WINDOW_MS - 1;
    expect(await recordSnapshotOfReads(portal, reads(), deps())).toBe(false);
    now += 1;
    expect(await recordSnapshotOfReads(portal, reads(), deps())).toBe(true);
    expect(await taken()).toEqual([
      [1_000_000, 'overview'],
      [1_000_000 + OPEN_SNAPSHOT_WINDOW_MS, 'overview'],
    ]);
    expect(lines).toEqual([]);
  });

  it('is not written when the license read failed, and the other reads failing only leaves their parts out', async () => {
    expect(await recordSnapshotOfReads(portal, reads({ license: Promise.resolve(undefined) }), deps())).toBe(false);
    expect(await recordSnapshotOfReads(portal, reads({ counts: Promise.resolve(undefined), servers: Promise.resolve(undefined) }), deps())).toBe(
      true,
    );
    const history = await readHistory(store, { portal, from: 0, to: now });
    expect(new Set(history.points.map((p) => p.kind))).toEqual(new Set(['userType']));
  });

  it('says in one line why none was taken when the store is out of reach, and does not throw', async () => {
    const unreachable = connectStore({ sqliteFile: '/etc/hostname/store.sqlite' });
    expect(await recordSnapshotOfReads(portal, reads(), { ...deps(), store: async () => unreachable })).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[snapshot\] https:\/\/gis\.example\.com\/portal: none taken as the overview opened: The dashboard's store is unavailable/,
    );
    await unreachable.close().catch(() => undefined);
  });
});
