import { spawn, type ChildProcess } from 'node:child_process';
import { PORTAL_URL } from './env';

// A dashboard of the test's own (`next start` on the built app), for what the shared ones cannot do:
// be stopped and started again on the same data, or run with a store that cannot be opened.

const base = Number(process.env.E2E_PORT_BASE ?? 4300);
/** Ports in the range left free for a test's own servers (E2E_PORT_BASE + 50 …). */
export const OWN_DASHBOARD_PORTS = [base + 50, base + 51] as const;

export interface OwnDashboard {
  url: string;
  stop(): Promise<void>;
}

async function waitForSignInPage(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the dashboard on ${url} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/sign-in`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the dashboard on ${url} did not start within 60 s`);
}

/** Starts `next start` on `port` against the emulator's portal with `env` (DATA_DIR or DATABASE_URL); resolves once it serves. */
export async function startOwnDashboard(port: number, env: Record<string, string>): Promise<OwnDashboard> {
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    env: {
      ...process.env,
      ARCGIS_PORTAL_URL: PORTAL_URL,
      SESSION_SECRET: 'e2e-own-dashboard-secret-0123456789abcdefghijklmnop',
      DEMO_USERNAME: 'admin',
      DEMO_PASSWORD: 'demo-license-admin',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForSignInPage(url, child);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
