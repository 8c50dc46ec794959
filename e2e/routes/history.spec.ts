import { expect, test } from '@playwright/test';
import { emulator } from '../support/emulator';
import { PORTAL_APP } from '../support/env';
import { signInThroughApi } from '../support/session';

// The history routes against the demo portal's dashboard, whose empty store gets the demo's synthetic year on first read.

test.beforeEach(async () => {
  await emulator.reset();
});

const USER_TYPES = /UT$/;

test('signed out, every history route answers 401', async ({ request }) => {
  for (const path of ['/api/history', '/api/history/trend', '/api/history/csv']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
  }
});

test('a bad range or entitlement id is refused with 400 naming the field', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  for (const [query, field] of [
    ['range=7d', 'range'],
    ['ids=creatorUT,%3Dcmd', 'ids'],
  ] as const) {
    for (const path of ['/api/history', '/api/history/csv']) {
      const response = await request.get(`${path}?${query}`);
      expect(response.status(), `${path}?${query}`).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe('invalid_input');
      expect(error.field).toContain(field);
    }
  }
});

test('history defaults to the user types over 90 days, marked synthetic, each with a forecast', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const view = await (await request.get('/api/history')).json();
  expect(view.range).toBe('90d');
  expect(view.synthetic).toBe(true);
  // The synthetic year's 90 days, and the collector's recorded snapshot(s) of today beside them (every
  // spec starts after the shared dashboards' collectors made their first run).
  expect(view.snapshots).toBeGreaterThan(90);
  expect(view.chosen.length).toBeGreaterThan(0);
  expect(view.series.map((s: { id: string }) => s.id)).toEqual(view.chosen);
  for (const series of view.series) {
    expect(series.id).toMatch(USER_TYPES);
    expect(series.days).toHaveLength(90);
    // One point a UTC day: every day before today is synthetic; today's may be the recorded one.
    expect(series.days.slice(0, -1).every((d: { synthetic: boolean }) => d.synthetic)).toBe(true);
    expect(series.forecast.summary).toMatch(
      /^(Reaches its limit of .* \(UTC\)|Rising too slowly to reach its limit of .* within 10 years|Not rising: no date to forecast|At its limit of .* already|No clear trend: .* \(a date needs R² ≥ 0\.30\))$/,
    );
    if (series.forecast.date !== undefined) expect(series.forecast.date).toBeGreaterThanOrEqual(Date.UTC(...todayUtc()));
  }
});

function todayUtc(): [number, number, number] {
  const now = new Date();
  return [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
}

test('the store is asked for the chosen entitlements and range only', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const view = await (await request.get('/api/history?range=30d&ids=creatorUT,arcgisprodesktop')).json();
  expect(view.chosen).toEqual(['creatorUT', 'arcgisprodesktop']);
  expect(view.series.map((s: { id: string; days: unknown[] }) => [s.id, s.days.length])).toEqual([
    ['creatorUT', 30],
    ['arcgisprodesktop', 30],
  ]);
  const year = await (await request.get('/api/history?range=1y&ids=creatorUT')).json();
  expect(year.series[0].days).toHaveLength(365);
});

test('the CSV is a streamed download with one row per entitlement and day, its source named', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const response = await request.get('/api/history/csv?range=30d&ids=creatorUT');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="license-history-30d-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(response.headers()['cache-control']).toBe('no-store');
  const lines = (await response.text()).trimEnd().split('\r\n');
  expect(lines[0]).toBe('date_utc,entitlement_id,entitlement,kind,seats_in_use,seats_purchased,expires_utc,source');
  expect(lines).toHaveLength(31);
  expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2},creatorUT,Creator,userType,\d+,\d+,(\d{4}-\d{2}-\d{2})?,synthetic demo history$/);
});

test('the overview trend reads each user type over 90 days', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const view = await (await request.get('/api/history/trend')).json();
  expect(view.state).toBe('read');
  expect(view.synthetic).toBe(true);
  for (const trend of view.trends) {
    expect(trend.id).toMatch(USER_TYPES);
    expect(trend.sparkline).toHaveLength(90);
    expect(trend.text).toMatch(/^([+−]\d+ seats? in 89 days|no change in 89 days)$/);
  }
});
