import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/chromium';
import {
  CONTROL_PORT,
  CONTROL_URL,
  dataDirOf,
  EMULATOR_PORT,
  KUBERNETES_APP_PORT,
  KUBERNETES_URL,
  PORTAL_APP,
  PORTAL_APP_PORT,
  PORTAL_URL,
} from './e2e/support/env';

const SESSION_SECRET = 'e2e-session-secret-0123456789abcdefghijklmnopqrstuvwxyz';

function dashboard(port: number, portalUrl: string) {
  // Each dashboard starts on an empty embedded store of its own, so a run never sees an earlier run's
  // history or audit log (e2e/support/env.ts dataDirOf names it for tests that read it).
  const dataDir = dataDirOf(port);
  return {
    command: `rm -rf ${dataDir} && node_modules/.bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}/sign-in`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      ARCGIS_PORTAL_URL: portalUrl,
      SESSION_SECRET,
      // Short enough that the tests of unreachable portals do not wait long.
      ARCGIS_TIMEOUT_MS: '8000',
      DEMO_USERNAME: 'admin',
      DEMO_PASSWORD: 'demo-license-admin',
      DATA_DIR: dataDir,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  };
}

// Route and browser tests share one emulator whose state they change, so they run one at a time;
// each test resets the emulator first.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: PORTAL_APP,
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [
    // The shared dashboards' collectors run once right after start: the tests begin after that run.
    { name: 'collector-first-run', testMatch: 'collector-first-run.setup.ts', timeout: 120_000 },
    { name: 'routes', testMatch: 'routes/**/*.spec.ts', dependencies: ['collector-first-run'] },
    { name: 'browser', testMatch: '**/*.spec.ts', testIgnore: 'routes/**', dependencies: ['collector-first-run'] },
  ],
  webServer: [
    {
      command: 'node_modules/.bin/tsx emulator/main.ts',
      url: `${CONTROL_URL}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { EMULATOR_PORT: String(EMULATOR_PORT), EMULATOR_CONTROL_PORT: String(CONTROL_PORT), EMULATOR_RESTART_SECONDS: '3' },
    },
    dashboard(PORTAL_APP_PORT, PORTAL_URL),
    dashboard(KUBERNETES_APP_PORT, KUBERNETES_URL),
  ],
});
