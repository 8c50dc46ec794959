import { expect, test } from '@playwright/test';
import { emulator } from '../support/emulator';
import { PORTAL_APP } from '../support/env';
import { signInThroughApi } from '../support/session';

// /api/audit and its CSV export: read only, signed-in only, filters checked, cells inert.

test.beforeEach(async () => {
  await emulator.reset();
});

test('signed out, both audit routes answer 401', async ({ request }) => {
  for (const response of [await request.get('/api/audit'), await request.get('/api/audit/export')]) {
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
  }
});

test('nothing edits or deletes an entry: no POST, PUT, PATCH or DELETE on the audit routes', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  for (const path of ['/api/audit', '/api/audit/export']) {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await request.fetch(path, { method, headers: { Origin: PORTAL_APP }, data: {} });
      expect(response.status(), `${method} ${path}`).toBe(405);
    }
  }
});

test('a bad filter is a 400 naming its field', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  for (const [query, field] of [
    ['action=drop-table', 'action'],
    ['outcome=maybe', 'outcome'],
    ['from=31.12.2025', 'from'],
    ['from=2026-02-01&to=2026-01-01', 'to'],
    ['page=0', 'page'],
  ]) {
    for (const path of ['/api/audit', '/api/audit/export']) {
      if (path.endsWith('export') && field === 'page') continue;
      const response = await request.get(`${path}?${query}`);
      expect(response.status(), `${path}?${query}`).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe('invalid_input');
      expect(error.field).toBe(field);
    }
  }
});

test('a release through the route is an entry: admin, member, app, success, duration', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const released = await request.post('/api/license/release', {
    data: { username: 'lkumar', appId: 'arcgisprodesktop' },
    headers: { Origin: PORTAL_APP },
  });
  expect(released.status(), await released.text()).toBe(200);
  const response = await request.get('/api/audit?action=release-license');
  expect(response.status()).toBe(200);
  const { entries, total, page, pageSize } = await response.json();
  expect(page).toBe(1);
  expect(pageSize).toBe(50);
  expect(total).toBeGreaterThanOrEqual(1);
  expect(entries[0]).toMatchObject({
    admin: 'admin',
    action: 'release-license',
    target: 'lkumar',
    parameters: { appId: 'arcgisprodesktop', appName: 'ArcGIS Pro' },
    outcome: 'success',
    portalMessages: [],
  });
  expect(entries[0].durationMs).toBeGreaterThanOrEqual(0);
});

test('the CSV export: text/csv, a dated attachment, formula cells made inert, no password', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const formula = '=HYPERLINK("http://evil.example")';
  const refused = await request.post('/api/session', { data: { username: formula, password: 'secret-guess-123' }, headers: { Origin: PORTAL_APP } });
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  const response = await request.get(`/api/audit/export?action=sign-in&admin=${encodeURIComponent(formula)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
  const lines = (await response.text()).trim().split('\r\n');
  expect(lines[0]).toBe('time_utc,admin,action,target,parameters,outcome,portal_messages,duration_ms');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  expect(lines[1]).toContain(',sign-in,');
  expect(lines[1]).toContain(',failed,');
  expect(lines[1]).not.toContain('secret-guess-123');
});
