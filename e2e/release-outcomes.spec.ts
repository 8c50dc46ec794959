import type { Page } from '@playwright/test';
import documented from '../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { appAlert } from './support/alerts';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';

// Honest outcomes on the release page: one app's listing failing leaves the others standing; a
// release is done only when the portal says "status":"success" and the listing agrees.

const PRO_ITEM = 'd4a332a0be784dd2be53cec0a35e0859';
const DRONE2MAP_ITEM = '0b0e0497ace34206a67413d051530ded';
const listing = (itemId: string) => `^GET /portal/sharing/rest/content/listings/${itemId}/userEntitlements$`;
const RELEASE = '^POST /portal/portaladmin/license/releaseLicense$';
const NOT_LICENSED = { error: { code: 400, message: 'not licensed by user', details: [] } };

test.beforeEach(async () => {
  await emulator.reset();
});

async function openReleasePage(page: Page): Promise<void> {
  await signInThroughForm(page, undefined, '/sign-in?next=/release');
  await expect(page.getByRole('heading', { name: 'Release a checked-out license', level: 1 })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: /checked out for offline use/ });

test('Drone2Map’s listing refused: Pro’s rows and the form stay, Drone2Map says why on its own', async ({ page }) => {
  await emulator.fault({ kind: 'answer', match: listing(DRONE2MAP_ITEM), body: NOT_LICENSED });
  await openReleasePage(page);
  await expect(table(page)).toHaveAccessibleName('5 licenses checked out for offline use');
  await expect(page.getByTestId('checkout-arcgisprodesktop-lkumar')).toBeVisible();
  await expect(page.getByTestId('checkout-drone2map-klopez')).toHaveCount(0);
  const notice = page.getByTestId('listing-drone2map');
  await expect(notice).toContainText('Who has ArcGIS Drone2Map offline could not be read.');
  await expect(notice).toContainText('The portal answered: not licensed by user');
  await expect(page.getByTestId('listing-arcgisprodesktop')).toHaveCount(0);
  // The operation's name is only in the disclosure.
  await expect(notice.getByText(/userEntitlements/)).toBeHidden();
  await notice.getByText('Technical details').click();
  await expect(notice.getByText(`GET …/sharing/rest/content/listings/${DRONE2MAP_ITEM}/userEntitlements`)).toBeVisible();

  await page.getByRole('combobox', { name: 'Username' }).fill('dsilva');
  await page.getByRole('button', { name: 'Release license' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Released ArcGIS Pro for dsilva' })).toBeVisible();
});

test('every listing refused: no sentence claims nobody has an app offline', async ({ page }) => {
  await emulator.fault({ kind: 'answer', match: '/content/listings/[^/]+/userEntitlements$', body: NOT_LICENSED });
  await openReleasePage(page);
  await expect(page.getByTestId('listing-arcgisprodesktop')).toContainText('not licensed by user');
  await expect(page.getByTestId('listing-drone2map')).toContainText('not licensed by user');
  await expect(page.getByText(/nobody has/)).toHaveCount(0);
  await expect(table(page)).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Username' })).toBeEditable();
});

test('an app without a listing of its own: its offline state is unknown, not “nobody”', async ({ page }) => {
  const apps = documented.apps.map((app) => (app.id === 'arcgisd2m' ? { id: app.id, maximumRegisteredMembers: 5, expiration: app.expiration } : app));
  await emulator.fault({ kind: 'answer', match: '^GET /portal/portaladmin/license$', body: { ...documented, apps } });
  await emulator.fault({ kind: 'answer', match: listing(PRO_ITEM), body: { userEntitlements: [], total: 0, start: 1, num: 100, nextStart: -1 } });
  await openReleasePage(page);
  await expect(page.getByTestId('listing-drone2map')).toContainText('Whether anyone has ArcGIS Drone2Map offline is unknown.');
  await expect(page.getByTestId('listing-drone2map')).toContainText('it may come with an app bundle');
  await expect(page.getByText('No license is checked out: nobody has ArcGIS Pro or ArcGIS AllSource taken offline.')).toBeVisible();
});

test('a listing that never says who is offline: unknown as well', async ({ page }) => {
  const silent = {
    userEntitlements: [{ username: 'klopez', lastLogin: -1, entitlements: ['drone2map'] }],
    total: 1,
    start: 1,
    num: 100,
    nextStart: -1,
  };
  await emulator.fault({ kind: 'answer', match: listing(DRONE2MAP_ITEM), body: silent });
  await openReleasePage(page);
  await expect(page.getByTestId('listing-drone2map')).toContainText('names its members but not whose license is taken offline');
  await expect(table(page)).toHaveAccessibleName('5 licenses checked out for offline use');
});

test('releaseLicense answering {"status":"failed"}: the portal’s words as an error, never “Released”', async ({ page, baseURL }) => {
  await openReleasePage(page);
  await emulator.fault({ kind: 'answer', match: RELEASE, body: { status: 'failed', messages: ['Unable to release the license.'] } });
  await page.getByRole('button', { name: 'Release ArcGIS Pro for lkumar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  await expect(appAlert(page)).toHaveText(/Unable to release the license\./);
  await expect(page.getByText(/Released ArcGIS Pro/)).toHaveCount(0);
  await expect(page.getByTestId('checkout-arcgisprodesktop-lkumar')).toBeVisible();

  await emulator.fault({ kind: 'answer', match: RELEASE, body: { status: 'failed', messages: ['Unable to release the license.'] } });
  const response = await page.request.post('/api/license/release', {
    data: { username: 'lkumar', appId: 'arcgisprodesktop' },
    headers: { Origin: baseURL as string },
  });
  expect(response.status()).toBe(422);
  expect(await response.json()).toEqual({ error: { code: 'portal_rejected', message: 'Unable to release the license.' } });
});

test('success without the release: the member is read back and still shows offline, so a warning', async ({ page }) => {
  await openReleasePage(page);
  await emulator.fault({ kind: 'answer', match: RELEASE, body: { status: 'success' }, times: 1 });
  const { lastSeq } = await emulator.log();
  await page.getByRole('button', { name: 'Release ArcGIS Pro for lkumar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  const warning = page
    .getByRole('status')
    .filter({ hasText: "The portal accepted the release, but lkumar's ArcGIS Pro license still shows as checked out." });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Warning:');
  await expect(page.getByText('Released ArcGIS Pro for lkumar')).toHaveCount(0);
  await expect(page.getByTestId('checkout-arcgisprodesktop-lkumar')).toBeVisible();
  const readBack = (await emulator.log(lastSeq)).entries.filter((e) => e.path === `/sharing/rest/content/listings/${PRO_ITEM}/userEntitlements`);
  expect(readBack.length).toBeGreaterThan(0);
});

test('full names beside usernames, in the table and the confirmation, from batched member searches', async ({ page }) => {
  const { lastSeq } = await emulator.log();
  await openReleasePage(page);
  const row = page.getByTestId('checkout-arcgisprodesktop-achen');
  await expect(row).toContainText('Ahmed Chen');
  await row.getByRole('button', { name: 'Release ArcGIS Pro for achen' }).click();
  await expect(page.getByRole('dialog', { name: 'Release ArcGIS Pro for achen?' })).toContainText('achen (Ahmed Chen) took offline');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  const searches = (await emulator.log(lastSeq)).entries.filter((e) => e.path === '/sharing/rest/portals/self/users/search');
  expect(searches.map((e) => e.params.q)).toEqual([expect.stringMatching(/^username:\w+( OR username:\w+){6}$/)]);
});

test('the form: no member matches, errors go when the input changes, the username limit is stated', async ({ page }) => {
  await openReleasePage(page);
  const username = page.getByRole('combobox', { name: 'Username' });
  await expect(page.getByText('any username of up to 256 characters can be entered')).toBeVisible();
  await username.pressSequentially('zzqx');
  await expect(page.getByText('No member matches “zzqx”; you can still type the full username.')).toBeVisible();

  await username.fill('nobody-here');
  await page.getByRole('button', { name: 'Release license' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  await expect(appAlert(page)).toHaveText(/User 'nobody-here' does not exist or is inaccessible\./);
  await username.fill('nobody-her');
  await expect(appAlert(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Release license' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  await expect(appAlert(page)).toHaveText(/User 'nobody-her' does not exist/);
  await page.getByLabel('Application').selectOption({ label: 'ArcGIS Drone2Map' });
  await expect(appAlert(page)).toHaveCount(0);
});

test('at 390 px the page is no wider than the screen, with Drone2Map’s listing failing too', async ({ page }) => {
  await emulator.fault({ kind: 'answer', match: listing(DRONE2MAP_ITEM), body: NOT_LICENSED });
  await page.setViewportSize({ width: 390, height: 844 });
  await openReleasePage(page);
  await expect(table(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('overview app counts without the counts resource: Drone2Map’s listing failing leaves Pro’s count', async ({ page }) => {
  await emulator.fault({
    kind: 'answer',
    match: '^GET /portal/sharing/rest/portals/self/users/counts$',
    body: { error: { code: 400, message: 'Unable to get counts.', details: [] } },
  });
  await emulator.fault({ kind: 'answer', match: listing(DRONE2MAP_ITEM), body: NOT_LICENSED });
  await signInThroughForm(page);
  const response = await page.request.get('/api/license/counts');
  expect(response.status()).toBe(200);
  const { counts } = await response.json();
  expect(counts.app[PRO_ITEM]).toBeGreaterThan(0);
  expect(counts.app).not.toHaveProperty(DRONE2MAP_ITEM);
});
