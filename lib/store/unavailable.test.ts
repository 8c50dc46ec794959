import { describe, expect, it } from 'vitest';
import { appendAudit } from './audit';
import { connectStore, openStore, type StoreOptions } from './engine';
import { StoreUnavailableError } from './errors';
import { readHistory } from './snapshots';
import { portal } from './test-fixtures';
import { TEST_ENGINE } from './test-store';

// A store out of reach: a SQLite file whose directory cannot exist (its parent is a file), or a
// PostgreSQL server on a port nobody listens on.
const unreachable: StoreOptions =
  TEST_ENGINE === 'sqlite' ? { sqliteFile: '/etc/hostname/store.sqlite' } : { databaseUrl: 'postgres://postgres@127.0.0.1:1/store', sqliteFile: '' };

describe(`a store out of reach (${TEST_ENGINE})`, () => {
  it('fails to open with StoreUnavailableError and the reason', async () => {
    const error = await openStore(unreachable).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error instanceof StoreUnavailableError && error.reason).toMatch(
      TEST_ENGINE === 'sqlite' ? /cannot open \/etc\/hostname\/store\.sqlite: EEXIST/ : /ECONNREFUSED/,
    );
  });

  it('makes reads and the audit entry before a change fail with StoreUnavailableError', async () => {
    const store = connectStore(unreachable);
    try {
      await expect(readHistory(store, { portal, from: 0, to: 1 })).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(
        appendAudit(store, { portal, at: 0, admin: 'admin', action: 'release-license', target: 'jdoe', parameters: {} }),
      ).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close().catch(() => undefined);
    }
  });
});
