import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectorAccountOf, ConfigError, getCollectorConfig, getStoreConfig } from './config';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getStoreConfig', () => {
  it('is the embedded file under .data/ when DATABASE_URL is unset', () => {
    vi.stubEnv('DATABASE_URL', undefined);
    vi.stubEnv('DATA_DIR', undefined);
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

describe('getStoreConfig DATA_DIR', () => {
  it('puts the embedded file in DATA_DIR, relative to the working directory', () => {
    vi.stubEnv('DATABASE_URL', undefined);
    vi.stubEnv('DATA_DIR', 'var/dashboard');
    expect(getStoreConfig().sqliteFile).toBe(join(process.cwd(), 'var', 'dashboard', 'store.sqlite'));
  });
});

describe('getCollectorConfig', () => {
  function env(values: Record<string, string | undefined>) {
    for (const name of [
      'ARCGIS_COLLECTOR_USERNAME',
      'ARCGIS_COLLECTOR_PASSWORD',
      'COLLECT_INTERVAL',
      'AUDIT_RETENTION_DAYS',
      'DEMO_USERNAME',
      'DEMO_PASSWORD',
    ]) {
      vi.stubEnv(name, values[name]);
    }
  }

  it('defaults to 6 hours, 400 days and no collector outside demo mode', () => {
    env({});
    expect(getCollectorConfig()).toEqual({ credentials: undefined, intervalMs: 6 * 3_600_000, auditRetentionDays: 400 });
  });

  it('reads durations with units and plain milliseconds', () => {
    env({ COLLECT_INTERVAL: '90m' });
    expect(getCollectorConfig().intervalMs).toBe(90 * 60_000);
    env({ COLLECT_INTERVAL: '1d' });
    expect(getCollectorConfig().intervalMs).toBe(86_400_000);
    env({ COLLECT_INTERVAL: '120000' });
    expect(getCollectorConfig().intervalMs).toBe(120_000);
  });

  it('refuses an interval under a minute or without a number, naming it', () => {
    env({ COLLECT_INTERVAL: '10s' });
    expect(() => getCollectorConfig()).toThrow(/COLLECT_INTERVAL must be at least one minute/);
    env({ COLLECT_INTERVAL: 'often' });
    expect(() => getCollectorConfig()).toThrow(/COLLECT_INTERVAL must be a duration/);
  });

  it('uses the collector account when both halves are set, else the demo administrator', () => {
    env({ ARCGIS_COLLECTOR_USERNAME: 'collector', ARCGIS_COLLECTOR_PASSWORD: 'secret', DEMO_USERNAME: 'admin', DEMO_PASSWORD: 'demo' });
    expect(getCollectorConfig().credentials).toEqual({ username: 'collector', password: 'secret' });
    env({ DEMO_USERNAME: 'admin', DEMO_PASSWORD: 'demo' });
    expect(getCollectorConfig().credentials).toEqual({ username: 'admin', password: 'demo' });
  });

  it('uses a portal’s own collector account, its password from the variable the list names, before the shared one', () => {
    env({ ARCGIS_COLLECTOR_USERNAME: 'collector', ARCGIS_COLLECTOR_PASSWORD: 'secret' });
    vi.stubEnv('K8S_COLLECTOR_PASSWORD', 'k8s-secret');
    const portal = { id: 'k8s', name: 'Kubernetes', url: 'https://k.example.com/arcgis', signIn: ['password' as const] };
    const collector = getCollectorConfig();
    expect(collectorAccountOf(portal, collector)).toEqual({ username: 'collector', password: 'secret' });
    const own = { ...portal, collector: { username: 'svc-license', passwordEnv: 'K8S_COLLECTOR_PASSWORD' } };
    expect(collectorAccountOf(own, collector)).toEqual({ username: 'svc-license', password: 'k8s-secret' });
    vi.stubEnv('K8S_COLLECTOR_PASSWORD', undefined);
    expect(() => collectorAccountOf(own, collector)).toThrow(
      "the collector's password for Kubernetes is read from K8S_COLLECTOR_PASSWORD, which is not set.",
    );
  });

  it('refuses a collector username without its password', () => {
    env({ ARCGIS_COLLECTOR_USERNAME: 'collector' });
    expect(() => getCollectorConfig()).toThrow(/must be set together/);
  });

  it('refuses a retention that is not a whole number of days', () => {
    env({ AUDIT_RETENTION_DAYS: '0' });
    expect(() => getCollectorConfig()).toThrow(/AUDIT_RETENTION_DAYS must be a whole number of days/);
  });
});

describe('getConfig portals', () => {
  async function freshConfig(values: Record<string, string | undefined>) {
    vi.resetModules();
    for (const name of ['ARCGIS_PORTAL_URL', 'ARCGIS_PORTALS', 'ARCGIS_CLIENT_ID', 'ARCGIS_PASSWORD_SIGNIN']) vi.stubEnv(name, undefined);
    vi.stubEnv('SESSION_SECRET', 'a-session-secret-of-at-least-32-characters');
    for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
    return (await import('./config')).getConfig;
  }

  it('serves the one portal of ARCGIS_PORTAL_URL, with OAuth when ARCGIS_CLIENT_ID is set', async () => {
    const getConfig = await freshConfig({ ARCGIS_PORTAL_URL: 'https://gis.example.com/portal', ARCGIS_CLIENT_ID: 'abc' });
    expect(getConfig().portals).toMatchObject([
      { id: 'main', url: 'https://gis.example.com/portal', clientId: 'abc', signIn: ['oauth', 'password'] },
    ]);
  });

  it('reads ARCGIS_PORTALS from a JSON file, ahead of ARCGIS_PORTAL_URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portals-'));
    const file = join(dir, 'portals.json');
    writeFileSync(file, JSON.stringify([{ id: 'prod', name: 'Production', url: 'https://prod.example.com/portal' }]));
    const getConfig = await freshConfig({ ARCGIS_PORTALS: file, ARCGIS_PORTAL_URL: 'https://other.example.com/portal' });
    expect(getConfig().portals.map((p) => p.id)).toEqual(['prod']);
  });

  it('names a file that cannot be read, and a setting that names no portal', async () => {
    const missing = await freshConfig({ ARCGIS_PORTALS: '/nonexistent/portals.json' });
    expect(() => missing()).toThrow('ARCGIS_PORTALS names the file /nonexistent/portals.json, which cannot be read (ENOENT).');
    const none = await freshConfig({});
    expect(() => none()).toThrow('ARCGIS_PORTAL_URL or ARCGIS_PORTALS must name the portal to serve.');
  });
});
