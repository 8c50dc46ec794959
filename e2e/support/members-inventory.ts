import { expect, request as playwrightRequest } from '@playwright/test';
import { PORTAL_APP } from './env';
import { signInThroughApi } from './session';

/**
 * Syncs the base-portal dashboard's members inventory from the demo portal the way an admin does:
 * signed in, "Sync now" (POST /api/members/sync), then its progress read until it completes.
 */
export async function syncMembersInventory(): Promise<void> {
  const request = await playwrightRequest.newContext({ baseURL: PORTAL_APP });
  try {
    await signInThroughApi(request, PORTAL_APP);
    const started = await request.post('/api/members/sync', { headers: { Origin: PORTAL_APP } });
    expect(started.status(), await started.text()).toBe(200);
    await expect
      .poll(async () => ((await (await request.get('/api/members/sync')).json()) as { state: string }).state, { timeout: 60_000 })
      .toBe('completed');
  } finally {
    await request.dispose();
  }
}
