import 'server-only';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import { guarded, StoreUnavailableError } from './errors';
import { storeMigrations } from './migrations';
import type { StoreSchema } from './schema';

export type StoreEngine = 'sqlite' | 'postgres';

/** Where the store lives: PostgreSQL when `databaseUrl` is set, otherwise the SQLite file `sqliteFile`. */
export interface StoreOptions {
  databaseUrl?: string;
  sqliteFile: string;
}

/** An open store. `db` speaks the same Kysely schema on both engines. */
export interface Store {
  readonly engine: StoreEngine;
  readonly db: Kysely<StoreSchema>;
  close(): Promise<void>;
}

// Epoch ms and ids are 64-bit integers; node-postgres returns those as strings unless told otherwise.
// Every value the store keeps fits in a double (epoch ms until the year 275760).
const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

function sqliteDialect(file: string): SqliteDialect {
  return new SqliteDialect({
    database: async () => {
      try {
        mkdirSync(dirname(file), { recursive: true });
        const database = new Database(file, { timeout: 10_000 });
        // WAL lets readers go on while a snapshot is written. With WAL, synchronous=NORMAL (SQLite's
        // advice) keeps every commit through a crash of the process and skips an fsync per commit;
        // only a power cut can undo the last commits. Foreign keys are off by default in SQLite.
        database.pragma('journal_mode = WAL');
        database.pragma('synchronous = NORMAL');
        database.pragma('foreign_keys = ON');
        return database;
      } catch (error) {
        throw new StoreUnavailableError(`cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
  });
}

function postgresDialect(connectionString: string): PostgresDialect {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000, types: pgTypes });
  // An idle connection the server drops is reported here; without a listener Node would exit. The
  // next query on the pool fails on its own and is reported then.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}

/** Connects without migrating (tests migrate step by step); most callers want openStore. */
export function connectStore(options: StoreOptions): Store {
  const engine: StoreEngine = options.databaseUrl ? 'postgres' : 'sqlite';
  const dialect = options.databaseUrl ? postgresDialect(options.databaseUrl) : sqliteDialect(options.sqliteFile);
  const db = new Kysely<StoreSchema>({ dialect, plugins: [new CamelCasePlugin()] });
  return { engine, db, close: () => db.destroy() };
}

/**
 * Applies the migrations not yet applied, up to `to` (a migration name) or all. Idempotent. Two
 * instances starting together do not race: on PostgreSQL Kysely's Migrator holds an advisory lock;
 * on SQLite the whole run holds the database's write lock (BEGIN IMMEDIATE), so the second instance
 * waits, then finds nothing left to do. Throws StoreUnavailableError when the store is out of reach.
 */
export async function migrateStore(store: Store, to?: string): Promise<void> {
  const plain = store.db.withoutPlugins();
  const provider = { getMigrations: async () => storeMigrations(store.engine) };
  const run = async (db: Kysely<StoreSchema>) => {
    const migrator = new Migrator({ db, provider });
    const { error } = to ? await migrator.migrateTo(to) : await migrator.migrateToLatest();
    if (error) throw error;
  };
  await guarded(async () => {
    if (store.engine === 'postgres') return run(plain);
    await plain.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      try {
        await run(connection);
        await sql`commit`.execute(connection);
      } catch (error) {
        await sql`rollback`.execute(connection);
        throw error;
      }
    });
  });
}

/** Connects and migrates to the latest schema. Throws StoreUnavailableError when the store is out of reach. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = connectStore(options);
  try {
    await migrateStore(store);
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
