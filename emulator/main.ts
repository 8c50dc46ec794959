import { faultFromEnv } from './faults';
import { startEmulator } from './server';

// `npm run emulator`: the demo portal on its own. Prints one JSON line with its URLs once listening.

function numberFromEnv(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`${name} must be a number, got "${value}"`);
  return parsed;
}

/** "a, b" → ["a", "b"]; unset or empty → undefined (the default). */
function listFromEnv(name: string): string[] | undefined {
  const items = (process.env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return items.length > 0 ? items : undefined;
}

const emulator = await startEmulator({
  host: process.env.EMULATOR_HOST ?? '127.0.0.1',
  port: numberFromEnv('EMULATOR_PORT') ?? 0,
  controlPort: numberFromEnv('EMULATOR_CONTROL_PORT') ?? 0,
  tokenMinutes: numberFromEnv('EMULATOR_TOKEN_MINUTES'),
  latencyMs: numberFromEnv('EMULATOR_LATENCY_MS'),
  restartSeconds: numberFromEnv('EMULATOR_RESTART_SECONDS'),
  fault: faultFromEnv(process.env.EMULATOR_FAULT),
  scale: process.env.EMULATOR_SCALE === 'large' ? 'large' : 'demo',
  profile: process.env.EMULATOR_PROFILE,
  scenarios: process.env.EMULATOR_SCENARIOS,
  oauthRedirectUris: listFromEnv('EMULATOR_OAUTH_REDIRECT_URIS'),
  oauthAccessSeconds: numberFromEnv('EMULATOR_OAUTH_ACCESS_SECONDS'),
  oauthRefreshSeconds: numberFromEnv('EMULATOR_OAUTH_REFRESH_SECONDS'),
});

console.log(
  JSON.stringify({
    event: 'ready',
    portalUrl: emulator.portalUrl,
    kubernetesUrl: emulator.kubernetesUrl,
    controlUrl: emulator.controlUrl,
  }),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void emulator.close().then(() => process.exit(0));
  });
}
