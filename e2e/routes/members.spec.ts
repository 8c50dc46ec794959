import { expect, test } from '@playwright/test';
import { emulator } from '../support/emulator';
import { PORTAL_APP } from '../support/env';
import { syncMembersInventory } from '../support/members-inventory';
import { signInThroughApi } from '../support/session';

// /api/members and its CSV: read only, signed-in only, every filter value checked and named.

test.beforeAll(async () => {
  await syncMembersInventory();
});

test.beforeEach(async () => {
  await emulator.reset();
});

test('signed out, both members routes answer 401', async ({ request }) => {
  for (const response of [await request.get('/api/members'), await request.get('/api/members/csv?idle=90')]) {
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
  }
});

test('a bad filter value is a 400 naming its field, never a 500', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  for (const [query, field] of [
    ['idle=ninety', 'idle'],
    ['proIdle=0', 'proIdle'],
    ['never=yes', 'never'],
    ['sort=password', 'sort'],
    ['dir=sideways', 'dir'],
    ['size=5000', 'size'],
    ['page=-1', 'page'],
    [`userType=${encodeURIComponent("creatorUT' or 1=1 --")}`, 'userType'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ]) {
    for (const path of ['/api/members', '/api/members/csv']) {
      const response = await request.get(`${path}?${query}`);
      expect(response.status(), `${path}?${query}`).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe('invalid_input');
      expect(error.field).toBe(field);
    }
  }
});

test('nothing changes through them: no POST, PUT, PATCH or DELETE', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  for (const path of ['/api/members', '/api/members/csv']) {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await request.fetch(path, { method, headers: { Origin: PORTAL_APP }, data: {} });
      expect(response.status(), `${method} ${path}`).toBe(405);
    }
  }
});

test('a filtered page and its CSV hold the same members', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const response = await request.get('/api/members?idle=90&size=100&sort=username');
  expect(response.status()).toBe(200);
  const page = await response.json();
  expect(page.inventory.membersTotal).toBe(70);
  expect(page.total).toBeGreaterThan(0);
  expect(page.total).toBeLessThan(70);
  const cutoff = page.now - 90 * 86_400_000;
  for (const member of page.members) expect(member.lastLogin === null || member.lastLogin < cutoff, member.username).toBe(true);

  const csv = await request.get('/api/members/csv?idle=90&sort=role&page=3');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="members-\d{4}-\d{2}-\d{2}\.csv"$/);
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toMatch(/^username,full_name,email,user_type,role,last_sign_in_utc,never_signed_in,/);
  expect(lines[0]).toContain(',ArcGIS Pro entitlements,ArcGIS Pro last use (UTC),');
  expect(lines[0]).toMatch(/,offline,disabled$/);
  const usernames = lines.slice(1).map((line) => line.split(',')[0]);
  expect(usernames).toEqual(page.members.map((m: { username: string }) => m.username));
});
