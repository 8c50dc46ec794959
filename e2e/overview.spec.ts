import { expect, test } from './support/fixtures';
import { appAlert } from './support/alerts';
import { emulator } from './support/emulator';
import { PORTAL_URL } from './support/env';
import { signInThroughApi, signInThroughForm } from './support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

test('signing in shows members in use of the limit and the Creator bar', async ({ page }) => {
  await signInThroughForm(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
  await expect(page.getByText('5% of the member limit')).toBeVisible();
  await expect(page.getByText('Portal version')).toBeVisible();

  const creatorRow = page.getByTestId('usage-creatorUT');
  await expect(creatorRow).toContainText('Creator');
  await expect(creatorRow).toContainText('creatorUT');
  await expect(creatorRow.getByRole('cell').nth(1)).toHaveText('53');
  await expect(creatorRow.getByRole('cell').nth(2)).toHaveText('200');

  // The chart draws after hydration; its label for Creator reads "53 of 200".
  const chart = page.getByRole('img', { name: /seats in use against seats purchased for each user type/ });
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(chart.getByText('53 of 200 · 27%')).toBeVisible();
});

test('the header shows the portal, the user, the navigation and sign-out', async ({ page }) => {
  await signInThroughForm(page);
  const header = page.getByRole('banner');
  await expect(header).toContainText(PORTAL_URL);
  await expect(header).toContainText('admin');
  await expect(header.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(header.getByRole('link', { name: 'Expirations' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('apps, bundles, extensions and capabilities show display names, raw ids and expirations', async ({ page }) => {
  await signInThroughForm(page);
  const pro = page.getByTestId('usage-arcgisprodesktop');
  await expect(pro).toContainText('ArcGIS Pro');
  await expect(pro).toContainText('arcgisprodesktop');
  await expect(pro.getByRole('cell').nth(1)).toHaveText('46');
  await expect(pro.getByRole('cell').nth(2)).toHaveText('5,800');
  await expect(page.getByTestId('usage-arcgisd2m')).toContainText('ArcGIS Drone2Map');
  await expect(page.getByTestId('usage-urbanSuiteAB')).toContainText('ArcGIS Urban Suite');
  await expect(page.getByTestId('entitlement-locsharing')).toContainText('Location Sharing');
  await expect(page.getByTestId('entitlement-ips')).toContainText('Portal capability');
});

test('expired entitlements are counted, named and marked Expired in the headline', async ({ page }) => {
  await signInThroughForm(page);
  const expired = page.locator('dt', { hasText: 'Expired' }).locator('..');
  await expect(expired).toContainText('2 entitlements');
  await expect(expired).toContainText('StreetMap Premium Europe');
  await expect(expired).toContainText('StreetMap Premium Asia Pacific');
  const next = page.locator('dt', { hasText: 'Next expiration' }).locator('..');
  await expect(next).toContainText('ArcGIS Insights');
  await expect(next).toContainText('≤ 30 days');
});

test('the figures are in the server-rendered HTML, before any script runs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await signInThroughApi(context.request, baseURL as string);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
  await expect(page.getByTestId('usage-creatorUT').getByRole('cell').nth(1)).toHaveText('53');
  await expect(page.getByTestId('usage-arcgisprodesktop')).toContainText('5,800');
  await context.close();
});

test('a portal that cannot be reached gives a page-level message with the URL, the cause and a retry', async ({ page }) => {
  await signInThroughForm(page);
  await emulator.portalDown();
  await page.goto('/');
  const alert = appAlert(page);
  await expect(alert).toContainText('The portal cannot be reached');
  await expect(alert).toContainText(`Cannot reach the portal at ${PORTAL_URL}: connection refused.`);
  await expect(alert).not.toContainText('node_modules');
  await emulator.portalUp();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
});

test('the next expiration counts the ArcGIS Servers’ licenses, names the server, and says what it covers', async ({ page }) => {
  await signInThroughForm(page);
  const next = page.locator('dt', { hasText: 'Next expiration' }).locator('..');
  await expect(page.getByTestId('expiration-coverage')).toHaveText(
    'Includes the organization license and 2 ArcGIS Servers. Not included: gis-old.example.com:6443 (Cannot reach http://127.0.0.1:2: connection refused.)',
  );

  // The image server's authorization now runs out in 3 days, before anything in the organization license.
  const inThreeDays = Date.now() + 3 * 86_400_000;
  await emulator.fault({
    kind: 'answer',
    match: '/server2/admin/system/licenses',
    body: {
      features: [
        { name: 'esriImageServer', displayName: 'ArcGIS Image Server', canExpire: true, expiration: inThreeDays, coreCount: 8, version: '11.4' },
      ],
      extensions: [],
    },
  });
  await page.reload();
  await expect(page.getByTestId('next-expiration')).toContainText('ArcGIS Image Server');
  await expect(page.getByTestId('next-expiration')).toContainText('on image.example.com:6443');
  await expect(next).toContainText('in 3 days');
});
