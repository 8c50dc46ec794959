import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { signInThroughForm } from './support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

test('the expirations page shows the timeline with today and a table of badges, soonest first', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  await expect(page).toHaveURL(/\/expirations$/);
  await expect(page.getByRole('heading', { name: 'Expirations', level: 1 })).toBeVisible();

  // The emulator puts 2 entitlements past expiry, 2 within 30 days, 3 within 90, the rest later.
  await expect(page.getByTestId('count-expired')).toHaveText('2');
  await expect(page.getByTestId('count-within30')).toHaveText('2');
  await expect(page.getByTestId('count-within90')).toHaveText('3');

  const rows = page.getByRole('table', { name: /Every expiration/ }).locator('tbody tr');
  await expect(rows.first()).toContainText('StreetMap Premium Europe');
  await expect(rows.first()).toContainText('Expired');
  await expect(rows.nth(2)).toContainText('ArcGIS Insights');
  await expect(rows.nth(2)).toContainText('≤ 30 days');
  await expect(rows.nth(4)).toContainText('≤ 90 days');
  await expect(rows.last()).toContainText('Later');

  const timeline = page.getByRole('img', { name: /Timeline chart of expiration dates/ });
  await expect(timeline.getByText(/^Today, /)).toBeVisible();
  await expect(timeline.locator('.recharts-scatter-symbol')).toHaveCount(await rows.count());
});

test('dates are shown in UTC whatever the browser’s time zone', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles', baseURL });
  const page = await context.newPage();
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  const insights = page.getByTestId('expiry-app:Insights');
  const iso = await insights.locator('time').getAttribute('datetime');
  // Licenses expire at midnight UTC: Los Angeles local time would show the previous day.
  const utcDate = new Date(iso as string).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
  await expect(insights.locator('time')).toHaveText(utcDate);
  await context.close();
});
