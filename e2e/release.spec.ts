import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { appAlert } from './support/alerts';
import { emulator } from './support/emulator';
import { KUBERNETES_APP } from './support/env';
import { signInThroughForm } from './support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

async function openReleasePage(page: Page): Promise<void> {
  await signInThroughForm(page, undefined, '/sign-in?next=/release');
  await expect(page).toHaveURL(/\/release$/);
  await expect(page.getByRole('heading', { name: 'Release a checked-out license', level: 1 })).toBeVisible();
}

async function releasePosts(since: number) {
  return (await emulator.log(since)).entries.filter((e) => e.path.endsWith('/releaseLicense'));
}

const table = (page: Page) => page.getByRole('table', { name: /checked out for offline use/ });

test('release from the table: confirm, see the success and the row go', async ({ page }) => {
  await openReleasePage(page);
  await expect(table(page)).toHaveAccessibleName('7 licenses checked out for offline use');
  const row = page.getByTestId('checkout-arcgisprodesktop-lkumar');
  await expect(row).toContainText('ArcGIS Pro');
  await expect(row).toContainText('Basic');
  await expect(row).toContainText('UTC');

  const { lastSeq } = await emulator.log();
  await row.getByRole('button', { name: 'Release ArcGIS Pro for lkumar' }).click();
  const dialog = page.getByRole('dialog', { name: 'Release ArcGIS Pro for lkumar?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('can no longer use ArcGIS Pro offline');
  await expect(dialog).toContainText('check a license out on another device');
  await dialog.getByRole('button', { name: 'Release license' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Released ArcGIS Pro for lkumar' })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(table(page)).toHaveAccessibleName('6 licenses checked out for offline use');
  const posts = await releasePosts(lastSeq);
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatchObject({ tokenIn: 'body', params: { username: 'lkumar', appId: 'arcgisprodesktop' } });
});

test('release by hand: a suggestion picked from the member search, Drone2Map chosen', async ({ page }) => {
  await openReleasePage(page);
  const { lastSeq } = await emulator.log();
  const username = page.getByRole('combobox', { name: 'Username' });
  await username.pressSequentially('lop');
  const option = page.getByRole('option', { name: /^klopez/ });
  await expect(option).toBeVisible();
  await expect(username).toHaveAttribute('aria-expanded', 'true');
  await option.click();
  await expect(username).toHaveValue('klopez');
  await expect(page.getByRole('listbox', { name: 'Matching members' })).toBeHidden();

  const searches = (await emulator.log(lastSeq)).entries.filter((e) => e.path.endsWith('/users/search'));
  expect(searches.map((e) => e.params.q)).toContain('lop*');

  // Only the apps this license can release here: AllSource needs 11.5, the demo is 11.4.
  const application = page.getByLabel('Application');
  await expect(application.locator('option')).toHaveText(['ArcGIS Pro', 'ArcGIS Drone2Map']);
  await expect(page.getByText('Releasing an ArcGIS AllSource license needs ArcGIS Enterprise 11.5 or later')).toBeVisible();
  await application.selectOption({ label: 'ArcGIS Drone2Map' });

  await page.getByRole('button', { name: 'Release license' }).click();
  const dialog = page.getByRole('dialog', { name: 'Release ArcGIS Drone2Map for klopez?' });
  await dialog.getByRole('button', { name: 'Release license' }).click();
  await expect(page.getByText('Released ArcGIS Drone2Map for klopez')).toBeVisible();
  await expect(page.getByTestId('checkout-drone2map-klopez')).toHaveCount(0);
  expect((await releasePosts(lastSeq)).map((e) => e.params)).toEqual([expect.objectContaining({ username: 'klopez', appId: 'drone2map' })]);
});

test('an unknown member: the portal’s own message beside the form, the table unchanged', async ({ page }) => {
  await openReleasePage(page);
  await page.getByRole('combobox', { name: 'Username' }).fill('nobody-here');
  await page.getByRole('button', { name: 'Release license' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  const form = page.getByRole('region', { name: 'Release by username' });
  await expect(appAlert(page)).toHaveText(/User 'nobody-here' does not exist or is inaccessible\./);
  await expect(form.getByRole('alert')).toBeVisible();
  await expect(table(page)).toHaveAccessibleName('7 licenses checked out for offline use');
});

test('an empty username is named before anything is sent', async ({ page }) => {
  await openReleasePage(page);
  const { lastSeq } = await emulator.log();
  await page.getByRole('button', { name: 'Release license' }).click();
  await expect(page.getByText('Enter the username of the member whose license to release.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Username' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await releasePosts(lastSeq)).toEqual([]);
});

test('cancel sends nothing, from the table (button) and from the form (Escape)', async ({ page }) => {
  await openReleasePage(page);
  const { lastSeq } = await emulator.log();
  await page.getByRole('button', { name: 'Release ArcGIS Pro for achen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Username' }).fill('dsilva');
  await page.getByRole('button', { name: 'Release license' }).click();
  await expect(page.getByRole('dialog', { name: 'Release ArcGIS Pro for dsilva?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await expect(page.getByTestId('checkout-arcgisprodesktop-achen')).toBeVisible();
  expect(await releasePosts(lastSeq)).toEqual([]);
});

test('on Kubernetes the same page releases through the organization’s license resource', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: KUBERNETES_APP });
  const page = await context.newPage();
  await openReleasePage(page);
  const { lastSeq } = await emulator.log();
  await page.getByRole('button', { name: 'Release ArcGIS Drone2Map for tsilva' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  await expect(page.getByText('Released ArcGIS Drone2Map for tsilva')).toBeVisible();
  await expect(page.getByTestId('checkout-drone2map-tsilva')).toHaveCount(0);
  expect((await releasePosts(lastSeq)).map((e) => `${e.context}${e.path}`)).toEqual(['/arcgis/admin/orgs/0123456789ABCDEF/license/releaseLicense']);
  await context.close();
});

test('with every license checked in, the table gives way to a sentence saying so', async ({ page, baseURL }) => {
  await openReleasePage(page);
  for (const [username, appId] of [
    ['achen', 'arcgisprodesktop'],
    ['analyst', 'arcgisprodesktop'],
    ['dsilva', 'arcgisprodesktop'],
    ['lkumar', 'arcgisprodesktop'],
    ['lnilsson', 'arcgisprodesktop'],
    ['klopez', 'drone2map'],
    ['tsilva', 'drone2map'],
  ]) {
    const response = await page.request.post('/api/license/release', { data: { username, appId }, headers: { Origin: baseURL as string } });
    expect(response.status()).toBe(200);
  }
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('No license is checked out: nobody has ArcGIS Pro, ArcGIS Drone2Map or ArcGIS AllSource taken offline.')).toBeVisible();
  await expect(table(page)).toHaveCount(0);
});
