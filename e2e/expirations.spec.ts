import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { KUBERNETES_APP, PORTAL_APP } from './support/env';
import { importThroughApi } from './support/license-files';
import { signInThroughForm } from './support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

test('the expirations page shows the timeline with today and a table of badges, soonest first', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  await expect(page).toHaveURL(/\/expirations$/);
  await expect(page.getByRole('heading', { name: 'Expirations', level: 1 })).toBeVisible();

  // The emulator puts 2 entitlements past expiry, 2 within 30 days, 3 within 90, the rest later;
  // its federated servers add an Image Server feature within 30 days and Network Analyst within 90.
  await expect(page.getByTestId('count-expired')).toHaveText('2');
  await expect(page.getByTestId('count-within30')).toHaveText('3');
  await expect(page.getByTestId('count-within90')).toHaveText('4');

  const rows = page.getByRole('table', { name: /Every expiration/ }).locator('tbody tr');
  await expect(rows.first()).toContainText('StreetMap Premium Europe');
  await expect(rows.first()).toContainText('Expired');
  await expect(rows.nth(2)).toContainText('ArcGIS Insights');
  await expect(rows.nth(2)).toContainText('≤ 30 days');
  await expect(rows.nth(3)).toContainText('ArcGIS Image Server');
  await expect(rows.nth(3)).toContainText('image.example.com:6443');
  await expect(rows.nth(5)).toContainText('≤ 90 days');
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

test('scheduled changes: nothing scheduled says so; after a renewal with a later step, the date and seats before → after', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  const scheduled = page.getByRole('region', { name: 'Scheduled changes' });
  await expect(scheduled.getByTestId('no-scheduled-changes')).toHaveText('Nothing is scheduled: every entitlement keeps its seats until it expires.');

  await importThroughApi(page.request, PORTAL_APP, 'portal-renewal.json');
  await page.reload();
  const creator = scheduled.getByTestId('scheduled-userType:creatorUT');
  await expect(creator).toContainText('Creator');
  await expect(creator).toContainText('250 → 300');
  await expect(creator).toContainText('in 30 days');
  await expect(scheduled.locator('tbody tr')).toHaveCount(1);
});

test('server expirations are labelled with their server; a server out of reach is named as missing', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  const network = page.getByTestId('expiry-server:gis.example.com:6443:extension:networkserver');
  await expect(network).toContainText('Network Analyst');
  await expect(network).toContainText('Server extension');
  await expect(network).toContainText('gis.example.com:6443');
  await expect(page.getByText('Not included: gis-old.example.com:6443 (Cannot reach http://127.0.0.1:2: connection refused.)')).toBeVisible();
});

test('a server that could not be read is named in a banner at the top, above the counts', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  const banner = page.getByRole('status').filter({ hasText: 'These figures are incomplete' });
  await expect(banner).toContainText('Not included: gis-old.example.com:6443');
  const bannerBox = await banner.boundingBox();
  const countsBox = await page.getByRole('list', { name: 'Expirations by status' }).boundingBox();
  expect(bannerBox && countsBox && bannerBox.y + bannerBox.height <= countsBox.y).toBe(true);
});

test('rows that share a date sit under one date heading', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  // Business Analyst (organization) and Network Analyst (gis.example.com) both expire in 61 days.
  const network = page.getByTestId('expiry-server:gis.example.com:6443:extension:networkserver');
  const day = page.locator('tbody', { has: network });
  await expect(day.getByRole('rowheader')).toHaveCount(1);
  await expect(day.getByRole('rowheader')).toContainText('in 61 days');
  await expect(day.locator('tr')).toHaveCount(2);
  await expect(day).toContainText('ArcGIS Business Analyst');
  await expect(network.locator('time')).toHaveCount(0);
});

test('long server names in the timeline stay on their own row', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  const timeline = page.getByRole('img', { name: /Timeline chart of expiration dates/ });
  await expect(timeline.getByText('image.example.com', { exact: true }).first()).toBeVisible();
  // Each label is a group of one or two lines with the whole label as its title.
  const labels = timeline.locator('g:has(> title):has(> text)');
  const boxes = await labels.evaluateAll((nodes) =>
    nodes.flatMap((node) => {
      const r = node.getBoundingClientRect();
      return r.height > 0 ? [{ top: r.top, bottom: r.bottom }] : [];
    }),
  );
  expect(boxes.length).toBeGreaterThan(30);
  for (let i = 1; i < boxes.length; i += 1) {
    expect(boxes[i]!.top, `label ${i} starts below label ${i - 1}`).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5);
  }
});

test.describe('Enterprise on Kubernetes', () => {
  test.use({ baseURL: KUBERNETES_APP });

  test('scheduled changes say the deployment has none to report; its server joins the timeline', async ({ page }) => {
    await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
    await expect(page.getByRole('region', { name: 'Scheduled changes' })).toContainText('does not report future license changes');
    await expect(page.getByTestId('expiry-server:ArcGIS Server (this deployment):extension:networkserver')).toContainText(
      'ArcGIS Server (this deployment)',
    );
  });
});
