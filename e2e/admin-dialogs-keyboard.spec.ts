import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { signInThroughForm } from './support/session';

// Keyboard only: each confirmation opens from the keyboard, starts on its safe button, keeps Tab
// and Shift+Tab inside, closes on Escape with focus back where it was, and sends nothing.

test.beforeEach(async () => {
  await emulator.reset();
});

async function expectTrappedFocus(page: Page, dialog: Locator, first: string, last: string): Promise<void> {
  await expect(dialog.getByRole('button', { name: first })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: last })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: first })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: last })).toBeFocused();
}

test('the release dialog, from a table row and from the form with a suggestion picked by keyboard', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/release');
  const { lastSeq } = await emulator.log();

  const rowButton = page.getByRole('button', { name: 'Release ArcGIS Pro for achen' });
  // Buttons stay disabled until the page is interactive (hydrated).
  await expect(rowButton).toBeEnabled();
  await rowButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Release ArcGIS Pro for achen?' });
  await expect(dialog).toBeVisible();
  await expectTrappedFocus(page, dialog, 'Cancel', 'Release license');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(rowButton).toBeFocused();

  const username = page.getByRole('combobox', { name: 'Username' });
  await username.focus();
  await page.keyboard.type('lkum');
  await expect(page.getByRole('option', { name: /^lkumar/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: /^lkumar/ })).toHaveAttribute('aria-selected', 'true');
  await expect(username).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(username).toHaveValue('lkumar');
  await expect(page.getByRole('listbox', { name: 'Matching members' })).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Application')).toBeFocused();
  await page.keyboard.press('Tab');
  const submit = page.getByRole('button', { name: 'Release license' });
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');
  const formDialog = page.getByRole('dialog', { name: 'Release ArcGIS Pro for lkumar?' });
  await expect(formDialog).toBeVisible();
  await expectTrappedFocus(page, formDialog, 'Cancel', 'Release license');
  await page.keyboard.press('Escape');
  await expect(formDialog).toHaveCount(0);
  await expect(submit).toBeFocused();

  expect((await emulator.log(lastSeq)).entries.filter((e) => e.path.endsWith('/releaseLicense'))).toEqual([]);
});

test('Escape closes the suggestions without clearing what was typed', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/release');
  await expect(page.getByRole('button', { name: 'Release license' })).toBeEnabled();
  const username = page.getByRole('combobox', { name: 'Username' });
  await username.focus();
  await page.keyboard.type('chen');
  await expect(page.getByRole('listbox', { name: 'Matching members' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Matching members' })).toBeHidden();
  await expect(username).toHaveAttribute('aria-expanded', 'false');
  await expect(username).toHaveValue('chen');
});

test('the License Manager dialog', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/license-manager');
  const { lastSeq } = await emulator.log();
  await expect(page.getByRole('button', { name: 'Update License Manager' })).toBeEnabled();
  const primary = page.getByLabel('Primary host');
  await primary.focus();
  await page.keyboard.type('lm9.example.com');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Update the License Manager and restart the portal?' });
  await expect(dialog).toBeVisible();
  await expectTrappedFocus(page, dialog, 'Cancel', 'Update and restart');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(primary).toBeFocused();
  expect((await emulator.log(lastSeq)).entries.filter((e) => e.path.endsWith('/updateLicenseManager'))).toEqual([]);
});
