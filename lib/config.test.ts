import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, getStoreConfig } from './config';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getStoreConfig', () => {
  it('is the embedded file under .data/ when DATABASE_URL is unset', () => {
    vi.stubEnv('DATABASE_URL', undefined);
    expect(getStoreConfig()).toEqual({ databaseUrl: undefined, sqliteFile: join(process.cwd(), '.data', 'store.sqlite') });
  });

  it('is PostgreSQL when DATABASE_URL is set', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://dashboard@db.example.com:5432/licenses');
    expect(getStoreConfig().databaseUrl).toBe('postgres://dashboard@db.example.com:5432/licenses');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, naming it', () => {
    vi.stubEnv('DATABASE_URL', 'mysql://db.example.com/licenses');
    expect(() => getStoreConfig()).toThrow(ConfigError);
    expect(() => getStoreConfig()).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
  });
});
