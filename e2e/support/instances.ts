import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { z } from 'zod';
import { PORTAL_APP_PORT, PORTAL_URL } from './env';

// Dashboards a spec starts itself (`next start` of the production build), with settings the shared
// e2e dashboards do not have: a short COLLECT_INTERVAL, a collector account, PostgreSQL. Ports sit
// after the shared ones, inside the same E2E_PORT_BASE block.

const SESSION_SECRET = 'e2e-instances-session-secret-0123456789abcdefghijklmnop';

/** The port of the spec-started dashboard number `index` (0–9). */
export function instancePort(index: number): number {
  return PORTAL_APP_PORT + 10 + index;
}

export interface Instance {
  url: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5_000) })).ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts a dashboard on `port` against the shared demo portal, with `env` on top of the essentials
 * (portal, session secret, timeout); nothing else of this process's environment but PATH and HOME.
 * Resolves once its sign-in page answers (up to 120 s on a loaded machine).
 */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  let output = '';
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ARCGIS_PORTAL_URL: PORTAL_URL,
      SESSION_SECRET,
      ARCGIS_TIMEOUT_MS: '8000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(killer);
  };
  const deadline = Date.now() + 120_000;
  while (!(await answers(`${url}/sign-in`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The dashboard on port ${port} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, output: () => output, stop };
}

/** A fresh DATA_DIR for a spec-started dashboard (relative to the checkout), emptied first. */
export function freshDataDir(name: string): string {
  const dir = `.data/e2e-${name}`;
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

/** Rows of a query against the embedded store in `dataDir` (read-only), parsed with `row`; [] while the store does not exist yet. */
export function sqliteRows<T>(dataDir: string, query: string, row: z.ZodType<T>): T[] {
  let db: Database.Database;
  try {
    db = new Database(`${dataDir}/store.sqlite`, { readonly: true, fileMustExist: true });
  } catch {
    return [];
  }
  try {
    return z.array(row).parse(db.prepare(query).all());
  } catch (error) {
    if (error instanceof z.ZodError) throw error;
    // The tables appear when the dashboard first opens (and migrates) its store.
    return [];
  } finally {
    db.close();
  }
}

/** Rows of a query against a PostgreSQL store, parsed with `row`; [] while its tables do not exist yet. */
export async function postgresRows<T>(databaseUrl: string, query: string, row: z.ZodType<T>): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return z.array(row).parse((await client.query(query)).rows);
  } catch (error) {
    if (error instanceof z.ZodError) throw error;
    return [];
  } finally {
    await client.end();
  }
}
