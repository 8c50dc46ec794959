import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArcGISError } from '../../arcgis/errors';
import { listAudit, type AuditStart } from '../../store/audit';
import { openStore, type Store } from '../../store/engine';
import { StoreUnavailableError } from '../../store/errors';
import { portal } from '../../store/test-fixtures';
import { emptyDatabase, type EmptyDatabase } from '../../store/test-store';
import { auditedWith } from './audited';

let database: EmptyDatabase;
let store: Store;

beforeEach(async () => {
  database = await emptyDatabase();
  store = await openStore(database.options);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
  await database.drop();
});

const start: AuditStart = {
  portal,
  at: 1_700_000_000_000,
  admin: 'admin',
  action: 'release-license',
  target: 'jdoe',
  parameters: { appId: 'arcgisprodesktop' },
};
const entries = async () => (await listAudit(store, { portal }, { offset: 0, limit: 10 })).entries;

describe('auditedWith', () => {
  it('the entry is pending while the portal is called, success after', async () => {
    const result = await auditedWith(
      async () => store,
      start,
      async () => {
        expect((await entries()).map((e) => e.outcome)).toEqual(['pending']);
        return 'released';
      },
    );
    expect(result).toBe('released');
    const [entry] = await entries();
    expect(entry).toMatchObject({ ...start, outcome: 'success', portalMessages: [] });
    expect(entry?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('a refusal is recorded as failed in the portal’s words and rethrown as is', async () => {
    const refusal = new ArcGISError({ kind: 'portal', url: 'https://gis.example.com/x', messages: ['User jdoe has no license checked out.'] });
    await expect(
      auditedWith(
        async () => store,
        start,
        () => Promise.reject(refusal),
      ),
    ).rejects.toBe(refusal);
    expect(await entries()).toMatchObject([{ outcome: 'failed', portalMessages: ['User jdoe has no license checked out.'] }]);
  });

  it('a connection reset after sending is unknown', async () => {
    const reset = new ArcGISError({ kind: 'unreachable', url: 'https://gis.example.com/x', messages: ['reset'], cause: 'connection-reset' });
    await expect(
      auditedWith(
        async () => store,
        start,
        () => Promise.reject(reset),
      ),
    ).rejects.toBe(reset);
    expect((await entries())[0]?.outcome).toBe('unknown');
  });

  it('no pending entry, no call: the store’s reason is thrown and the portal is never asked', async () => {
    const call = vi.fn(async () => 'released');
    const down = new StoreUnavailableError('cannot open /readonly/store.sqlite');
    await expect(auditedWith(() => Promise.reject(down), start, call)).rejects.toBe(down);
    await store.close();
    const closed = await openStore(database.options);
    await closed.close();
    await expect(auditedWith(async () => closed, start, call)).rejects.toThrow();
    expect(call).not.toHaveBeenCalled();
  });

  it('a completion that cannot be written leaves the entry pending and the portal’s success stands', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    let lose = () => {};
    const result = await auditedWith(
      async () => ({
        ...store,
        db: store.db.withPlugin({ transformQuery: (args) => (lose(), args.node), transformResult: async (args) => args.result }),
      }),
      start,
      async () => {
        lose = () => {
          throw new StoreUnavailableError('disk full');
        };
        return 'released';
      },
    );
    expect(result).toBe('released');
    expect((await entries()).map((e) => e.outcome)).toEqual(['pending']);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/stays pending: .*disk full/));
  });
});
