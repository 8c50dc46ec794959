import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { dataDirOf, KUBERNETES_APP_PORT, PORTAL_APP_PORT } from './support/env';
import { sqliteRows } from './support/instances';

// The shared dashboards run in demo mode, so each one's collector signs in and reads the demo portal
// a few seconds after it starts (and then not for 6 hours). Tests that count what reaches the portal
// must not see those calls: every spec waits until both first runs are recorded in the dashboards'
// stores, whatever their outcome.

const Count = z.object({ n: z.number() });

test('the shared dashboards’ collectors have made their first run', async () => {
  for (const port of [PORTAL_APP_PORT, KUBERNETES_APP_PORT]) {
    await expect
      .poll(() => sqliteRows(dataDirOf(port), 'select count(*) as n from collector_runs', Count)[0]?.n ?? 0, { timeout: 90_000 })
      .toBeGreaterThanOrEqual(1);
  }
});
