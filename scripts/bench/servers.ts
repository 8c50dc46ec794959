import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { PORTAL_HEADER } from '../../lib/session-cookie';
import { BIN } from '../processes';

// The bench measures real processes, as production runs them: the emulator in one, `next start` in another.

export interface EmulatorProcess {
  portalUrl: string;
  kubernetesUrl: string;
  controlUrl: string;
  child: ChildProcess;
}

export function startEmulatorProcess(env: Record<string, string> = {}): Promise<EmulatorProcess> {
  const child = spawn(BIN('tsx'), ['emulator/main.ts'], {
    env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_CONTROL_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`emulator exited (${code})`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      try {
        const ready = JSON.parse(line) as Omit<EmulatorProcess, 'child'> & { event: string };
        if (ready.event === 'ready') resolve({ ...ready, child });
      } catch {
        // Not the ready line.
      }
    });
  });
}

/** A `next start` process and the URL it serves. */
export interface AppProcess {
  url: string;
  child: ChildProcess;
}

/** Polls `readyUrl` until it answers 2xx; after 200 tries 100 ms apart, kills the child and throws. */
async function waitUntilReady(child: ChildProcess, url: string, readyUrl: string): Promise<AppProcess> {
  let last = 'no answer';
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try {
      const response = await fetch(readyUrl);
      await response.arrayBuffer();
      if (response.ok) return { url, child };
      last = `HTTP ${response.status}`;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${readyUrl} did not become ready (${last})`);
}

/**
 * The dashboard's production build on `port`, pointed at the portal at `portalUrl`; ready once /sign-in
 * answers. Its embedded store is in a fresh temp directory unless `env` names a DATA_DIR, so a run never
 * writes to the checkout's `.data/`.
 */
export function startDashboard(port: number, portalUrl: string, env: Record<string, string> = {}): Promise<AppProcess> {
  const child = spawn(BIN('next'), ['start', '-p', String(port)], {
    env: {
      ...process.env,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-dashboard-')),
      ...env,
      ARCGIS_PORTAL_URL: portalUrl,
      SESSION_SECRET: 'bench-session-secret-0123456789abcdefghijklmnopqrstuvwxyz',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  return waitUntilReady(child, url, `${url}/sign-in`);
}

/** The bare Next.js app the dashboard is measured against (scripts/bench/floor). */
export const FLOOR_DIR = 'scripts/bench/floor';

/**
 * Starts the floor app's production build on `port`, reading the license of the portal at
 * `portalUrl` as the demo administrator. Ready once its /api/license has answered, so the one
 * token it obtains is in hand before anything is measured.
 */
export function startFloor(port: number, portalUrl: string): Promise<AppProcess> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(BIN('next'), ['start', FLOOR_DIR, '-p', String(port)], {
    env: {
      ...process.env,
      FLOOR_PORTAL_URL: portalUrl,
      FLOOR_REFERER: `${url}/`,
      FLOOR_USERNAME: 'admin',
      FLOOR_PASSWORD: 'demo-license-admin',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return waitUntilReady(child, url, `${url}/api/license`);
}

/**
 * Signs in as the demo administrator; returns the session's cookie (`name=value`). With several
 * portals configured, `portalId` names the one (as the browser's endpoint client does, by header).
 */
export async function signIn(dashboardUrl: string, portalId?: string): Promise<string> {
  const response = await fetch(`${dashboardUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: dashboardUrl, ...(portalId ? { [PORTAL_HEADER]: portalId } : {}) },
    body: JSON.stringify({ username: 'admin', password: 'demo-license-admin' }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('license_dashboard_session.'));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie;
}

const TokenAnswer = z.object({ token: z.string() });

/** A token for calling the portal directly, bound to the same Referer the dashboard uses. */
export async function directToken(portalUrl: string, referer: string): Promise<string> {
  const response = await fetch(`${portalUrl}/sharing/rest/generateToken`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'admin', password: 'demo-license-admin', client: 'referer', referer, f: 'json' }),
  });
  return TokenAnswer.parse(await response.json()).token;
}

export async function control(controlUrl: string, path: string, body: unknown): Promise<void> {
  await fetch(`${controlUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** Resident memory of a process, from /proc (Linux). */
export async function residentMegabytes(pid: number | undefined): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
