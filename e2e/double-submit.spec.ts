import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ADMIN } from './support/env';
import { emulator } from './support/emulator';
import { signInThroughForm } from './support/session';

// A change is sent once however fast the button is pressed: each submit and confirm button is
// locked from its first click until the answer arrives. Counted where it matters, at the portal.

test.beforeEach(async () => {
  await emulator.reset();
});

async function portalCalls(since: number, pathEnd: string) {
  return (await emulator.log(since)).entries.filter((e) => e.method === 'POST' && e.path.endsWith(pathEnd));
}

/** Two clicks in one task: both land before React can re-render and disable the button. */
async function twoClicksAtOnce(button: Locator): Promise<void> {
  await expect(button).toBeEnabled();
  await button.evaluate((element: HTMLElement) => {
    element.click();
    element.click();
  });
}

async function openPage(page: Page, path: string): Promise<number> {
  await signInThroughForm(page, undefined, `/sign-in?next=${path}`);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  return (await emulator.log()).lastSeq;
}

test('License Manager: a double click on "Update and restart" sends one update', async ({ page }) => {
  await emulator.setRestartSeconds(1);
  const since = await openPage(page, '/license-manager');
  await page.getByLabel('Primary host').fill('lm9.example.com');
  await page.getByRole('button', { name: 'Update License Manager' }).dblclick();
  const dialog = page.getByRole('dialog', { name: 'Update the License Manager and restart the portal?' });
  await expect(dialog).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Update and restart' }).dblclick();
  await expect(page.getByRole('heading', { name: /^Portal restart/ })).toBeVisible();
  expect(await portalCalls(since, '/updateLicenseManager')).toHaveLength(1);
});

test('License Manager: two clicks in the same instant on "Update and restart" send one update', async ({ page }) => {
  await emulator.setRestartSeconds(1);
  const since = await openPage(page, '/license-manager');
  await page.getByLabel('Primary host').fill('lm9.example.com');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await twoClicksAtOnce(page.getByRole('dialog').getByRole('button', { name: 'Update and restart' }));
  await expect(page.getByRole('heading', { name: /^Portal restart/ })).toBeVisible();
  expect(await portalCalls(since, '/updateLicenseManager')).toHaveLength(1);
});

test('Release from a row: a double click and two clicks at once each send one release', async ({ page }) => {
  const since = await openPage(page, '/release');
  await page.getByRole('button', { name: 'Release ArcGIS Pro for lkumar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Released ArcGIS Pro for lkumar' })).toBeVisible();
  expect(await portalCalls(since, '/releaseLicense')).toHaveLength(1);

  await page.getByRole('button', { name: 'Release ArcGIS Pro for achen' }).click();
  await twoClicksAtOnce(page.getByRole('dialog').getByRole('button', { name: 'Release license' }));
  await expect(page.getByRole('status').filter({ hasText: 'Released ArcGIS Pro for achen' })).toBeVisible();
  expect(await portalCalls(since, '/releaseLicense')).toHaveLength(2);
});

test('Release by username: double clicks on the form and on the confirmation send one release', async ({ page }) => {
  const since = await openPage(page, '/release');
  await page.getByRole('combobox', { name: 'Username' }).fill('dsilva');
  await page.getByRole('button', { name: 'Release license' }).dblclick();
  const dialog = page.getByRole('dialog', { name: 'Release ArcGIS Pro for dsilva?' });
  await expect(dialog).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Release license' }).dblclick();
  await expect(page.getByText('Released ArcGIS Pro for dsilva')).toBeVisible();
  expect(await portalCalls(since, '/releaseLicense')).toHaveLength(1);
});

test('Sign-in: two clicks at once ask the portal for one token', async ({ page }) => {
  await page.goto('/sign-in');
  const { lastSeq } = await emulator.log();
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await twoClicksAtOnce(page.getByRole('button', { name: 'Sign in' }));
  await expect(page).not.toHaveURL(/\/sign-in/);
  // The overview then asks for server tokens (generateToken with serverUrl) to read federated servers: not sign-ins.
  const signIns = (await portalCalls(lastSeq, '/generateToken')).filter((call) => call.params.username !== undefined);
  expect(signIns).toHaveLength(1);
});
