import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import { openStore, type Store, type StoreEngine, type StoreOptions } from './engine';

// Store tests run once per engine (vitest projects store-sqlite and store-postgres). Each test gets an
// empty database of its own: a temp SQLite file, or a new database on the throwaway PostgreSQL
// cluster that `npm test` starts (DATABASE_URL points at its maintenance database).

export const TEST_ENGINE: StoreEngine = process.env.STORE_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export interface EmptyDatabase {
  options: StoreOptions;
  drop(): Promise<void>;
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function emptyDatabase(): Promise<EmptyDatabase> {
  if (TEST_ENGINE === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
    return { options: { sqliteFile: join(dir, 'store.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('The store-postgres tests need DATABASE_URL (npm test starts a throwaway cluster and sets it).');
  const name = `store_test_${randomUUID().replaceAll('-', '')}`;
  await admin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.toString(), sqliteFile: '' },
    drop: () => admin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/**
 * Registers hooks that give each test `count` stores opened (and migrated, one after the other) on an
 * empty database of its own, handed to `opened`; after the test they are closed and the database dropped.
 * Two stores on one database stand for two dashboard instances.
 */
export function openStoresPerTest(count: number, opened: (stores: Store[]) => void): void {
  let database: EmptyDatabase | undefined;
  let stores: Store[] = [];
  beforeEach(async () => {
    database = await emptyDatabase();
    stores = [];
    for (let i = 0; i < count; i += 1) stores.push(await openStore(database.options));
    opened(stores);
  });
  afterEach(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await database?.drop();
  });
}
