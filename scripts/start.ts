import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { startEmulator } from '../emulator/server';
import { DEMO_ADMIN, DEMO_OAUTH_APP } from '../emulator/seed';
import { listenHost } from './listen-host';
import { BIN, run, stopWithParent } from './processes';

// `npm start`: the production build of the dashboard on PORT (3000). Without ARCGIS_PORTAL_URL or
// ARCGIS_PORTALS it also starts the demo portal and points the dashboard at its two deployments (the
// base portal, with OAuth sign-in through the demo's registered app, and Enterprise on Kubernetes),
// over HTTP like any portal, and listens on loopback only unless HOST says otherwise (listen-host.ts).

const SECRET_FILE = '.data/session-secret';

function demoSessionSecret(): string {
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, 'utf8').trim();
  mkdirSync('.data', { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}

async function main(): Promise<void> {
  const port = process.env.PORT ?? '3000';
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port, NEXT_TELEMETRY_DISABLED: '1' };
  let closeEmulator = async () => {};

  const demo = !process.env.ARCGIS_PORTAL_URL && !process.env.ARCGIS_PORTALS;
  if (demo) {
    const emulator = await startEmulator({
      port: Number(process.env.EMULATOR_PORT ?? 0),
      restartSeconds: process.env.EMULATOR_RESTART_SECONDS ? Number(process.env.EMULATOR_RESTART_SECONDS) : undefined,
      scale: process.env.EMULATOR_SCALE === 'large' ? 'large' : 'demo',
      profile: process.env.EMULATOR_PROFILE,
      scenarios: process.env.EMULATOR_SCENARIOS,
      // The demo OAuth app is registered for this dashboard's own port (EMULATOR_OAUTH_REDIRECT_URIS overrides).
      oauthRedirectUris: process.env.EMULATOR_OAUTH_REDIRECT_URIS
        ? process.env.EMULATOR_OAUTH_REDIRECT_URIS.split(',').map((uri) => uri.trim())
        : [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
    });
    closeEmulator = emulator.close;
    const portals = [
      { id: 'demo', name: 'Demo portal', url: emulator.portalUrl, clientId: DEMO_OAUTH_APP.clientId },
      { id: 'demo-kubernetes', name: 'Demo on Kubernetes', url: emulator.kubernetesUrl },
    ];
    // DEMO_DEPLOYMENT=kubernetes opens on the Enterprise on Kubernetes side of the demo portal.
    env.ARCGIS_PORTALS = JSON.stringify(process.env.DEMO_DEPLOYMENT === 'kubernetes' ? portals.reverse() : portals);
    env.SESSION_SECRET ??= demoSessionSecret();
    env.DEMO_USERNAME = DEMO_ADMIN.username;
    env.DEMO_PASSWORD = DEMO_ADMIN.password;
    console.log(`Demo portal (emulator) at ${emulator.portalUrl}; Kubernetes context at ${emulator.kubernetesUrl}`);
  } else if (!process.env.SESSION_SECRET) {
    console.error('SESSION_SECRET is required with ARCGIS_PORTAL_URL or ARCGIS_PORTALS: at least 32 random characters, e.g. `openssl rand -hex 32`.');
    process.exit(1);
  }

  if (!existsSync('.next/BUILD_ID')) {
    console.log('No production build yet: building the dashboard first (two or three minutes on a small machine).');
    await run(BIN('next'), ['build'], { env });
  }

  const host = listenHost({ demo, host: process.env.HOST });
  const next = spawn(BIN('next'), ['start', '-p', port, ...(host ? ['-H', host] : [])], { stdio: 'inherit', env });
  stopWithParent([next], closeEmulator);
  console.log(
    `Dashboard on http://localhost:${port} (${demo ? 'the demo portal’s two deployments' : (env.ARCGIS_PORTAL_URL ?? 'the portals of ARCGIS_PORTALS')})`,
  );
  if (demo && host === '127.0.0.1') console.log('Demo mode listens on this machine only; HOST=0.0.0.0 npm start opens it to the network.');
  next.on('exit', (code) => {
    void closeEmulator().finally(() => process.exit(code ?? 0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
