import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';

// The /history page and the overview's trend column in Chromium, on the demo portal's synthetic year.

test.beforeEach(async () => {
  await emulator.reset();
});

test('history shows the user types marked as synthetic demo history, with the chart, forecast and table', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/history');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'License history', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Synthetic demo history' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Line chart of seats in use over time for Creator, .* \(synthetic demo history\)\./ }).getByRole('application'),
  ).toBeVisible();
  // The synthetic days and the collector's recorded snapshot(s) of today (its first run comes before any spec).
  await expect(page.getByText(/^9[1-9] snapshots from/)).toBeVisible();
  const table = page.getByRole('table', { name: /Seats in use of seats purchased, per day \(UTC\)/ });
  await expect(table.getByRole('columnheader', { name: 'Creator' })).toBeVisible();
  // Newest first: today's row is the collector's recorded snapshot (or the synthetic one, before 06:00 UTC);
  // every earlier day is synthetic.
  await expect(table.getByRole('row').nth(1)).toContainText(/(recorded|synthetic demo history)$/);
  await expect(table.getByRole('row').nth(2)).toContainText('synthetic demo history');
  await expect(table.getByRole('row').nth(2)).toContainText(/\d+ of \d+/);
  await expect(page.getByTestId('forecast-creatorUT')).toHaveText(
    /^Creator: (Reaches its limit of [\d,]+ seats on \w{3} \d{1,2}, \d{4} \(UTC\)|Rising too slowly to reach its limit of [\d,]+ seats within 10 years|Not rising: no date to forecast|At its limit of [\d,]+ seats already|No clear trend: seats in use vary more than they rise, so no date is forecast \(a date needs R² ≥ 0\.30\)) \(least squares over the last 90 days, R² \d\.\d\d, from 90 days\)$/,
  );
});

test('the range lives in the URL: switching, sharing and reloading keep it', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/history');
  await page.getByRole('navigation', { name: 'Range' }).getByRole('link', { name: '30 days' }).click();
  await expect(page).toHaveURL(/\/history\?range=30d$/);
  await expect(page.getByText(/^3[1-9] snapshots from/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: '30 days' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/history?range=1y');
  await expect(page.getByText(/^36[6-9] snapshots from/)).toBeVisible();
  await page.goto('/history?range=forever');
  await expect(page.getByText(/range/).first()).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('entitlements are chosen with the keyboard and the choice is in the URL', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/history');
  await page.getByText(/^Apps \(0 of \d+ chosen\)$/).click();
  const pro = page.getByRole('checkbox', { name: 'ArcGIS Pro', exact: true });
  await pro.focus();
  await page.keyboard.press('Space');
  await expect(pro).toBeChecked();
  await page.getByRole('checkbox', { name: 'Creator', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Show chosen entitlements' }).press('Enter');
  await expect(page).toHaveURL(/ids=arcgisprodesktop/);
  await expect(page).not.toHaveURL(/ids=creatorUT/);
  const table = page.getByRole('table', { name: /Seats in use of seats purchased/ });
  await expect(table.getByRole('columnheader', { name: 'ArcGIS Pro' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Creator' })).toHaveCount(0);
  await expect(page.getByTestId('forecast-arcgisprodesktop')).toBeVisible();
});

test('the figures download as CSV for the range and entitlements shown', async ({ page }) => {
  await signInThroughForm(page);
  await page.goto('/history?range=30d&ids=creatorUT');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^license-history-30d-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(text).toString('utf8').trimEnd().split('\r\n');
  expect(lines).toHaveLength(31);
  const rows = lines.slice(1);
  expect(rows.every((line) => line.includes(',creatorUT,Creator,userType,'))).toBe(true);
  // One row a UTC day: today's may be the collector's recorded snapshot, every earlier day is synthetic.
  const today = new Date().toISOString().slice(0, 10);
  expect(rows.filter((line) => !line.startsWith(today)).every((line) => line.endsWith(',synthetic demo history'))).toBe(true);
  expect(rows.filter((line) => line.startsWith(today))).toHaveLength(1);
});

test('the overview shows each user type’s 90-day trend beside its figures', async ({ page }) => {
  await signInThroughForm(page);
  const table = page.getByRole('table', { name: 'User types: seats in use and purchased' });
  await expect(table.getByRole('columnheader', { name: 'Trend, 90 days (synthetic demo history)' })).toBeVisible();
  await expect(table.getByTestId('trend-creatorUT')).toHaveText(
    /^([+−][\d,]+ seats? in 89 days|no change in 89 days)(full by \w{3} \d{1,2}, \d{4} \(UTC\))?$/,
  );
});
