import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { appAlert } from './support/alerts';
import { emulator } from './support/emulator';
import { signInThroughForm } from './support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

async function openLicenseManagerPage(page: Page): Promise<void> {
  await signInThroughForm(page, undefined, '/sign-in?next=/license-manager');
  await expect(page).toHaveURL(/\/license-manager$/);
  await expect(page.getByRole('heading', { name: 'License Manager', level: 1 })).toBeVisible();
}

async function updatePosts(since: number) {
  return (await emulator.log(since)).entries.filter((e) => e.path.endsWith('/updateLicenseManager'));
}

test('validation errors beside the fields, then an update through the real restart, then the new value', async ({ page }) => {
  // Long enough that the page's first check (after half of it) finds the portal still down.
  await emulator.setRestartSeconds(6);
  await openLicenseManagerPage(page);
  await expect(page.getByTestId('license-manager-primary')).toHaveText('licensemanager.example.com');
  await expect(page.getByTestId('license-manager-backup')).toHaveText('None');
  await expect(page.getByTestId('license-manager-port')).toHaveText('27000');
  await expect(page.getByLabel('Port')).toHaveValue('27000');
  const { lastSeq } = await emulator.log();

  const primary = page.getByLabel('Primary host');
  const backup = page.getByLabel('Backup host');
  const port = page.getByLabel('Port');
  const submit = page.getByRole('button', { name: 'Update License Manager' });
  await primary.fill('https://lm1.example.com/arcgis');
  await backup.fill('lm1 backup');
  await port.fill('70000');
  await submit.click();
  await expect(page.getByText('Enter the host name only, without http:// or https://.')).toBeVisible();
  await expect(page.getByText('A host name cannot contain spaces.')).toBeVisible();
  await expect(page.getByText('The port must be a whole number from 1 to 65535.')).toBeVisible();
  await expect(primary).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Messages follow each correction.
  await primary.fill('lm1.example.com');
  await backup.fill('LM1.example.com');
  await expect(page.getByText('Enter the host name only')).toHaveCount(0);
  await expect(page.getByText('The backup host must be a different machine from the primary host.')).toBeVisible();
  await backup.fill('lm2.example.com');
  await port.fill('27001');
  await expect(page.getByText('The port must be a whole number')).toHaveCount(0);
  expect(await updatePosts(lastSeq)).toEqual([]);

  await submit.click();
  const dialog = page.getByRole('dialog', { name: 'Update the License Manager and restart the portal?' });
  await expect(dialog).toContainText('lm1.example.com (backup lm2.example.com), port 27001');
  await expect(dialog).toContainText('restarts by itself');
  await expect(dialog).toContainText('everyone who is signed in, you included, is signed out');
  await dialog.getByRole('button', { name: 'Update and restart' }).click();

  await expect(page.getByRole('heading', { name: 'Portal restarting…' })).toBeVisible();
  await expect(page.getByTestId('restart-elapsed')).toHaveText(/^\d+:\d\d$/);
  await expect(page.getByText(/^1; last: Cannot reach .*connection refused\.$/)).toBeVisible({ timeout: 20_000 });
  const prompt = page.getByRole('link', { name: 'Sign in again' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Portal restarted' })).toBeVisible();
  await expect(page.getByText('The restart ended your session.')).toBeVisible();

  const posts = await updatePosts(lastSeq);
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatchObject({ tokenIn: 'body', params: { licenseManagerInfo: '{"hostname":"lm1.example.com,lm2.example.com","port":27001}' } });

  await prompt.click();
  await expect(page).toHaveURL(/\/sign-in\?reason=expired&next=%2Flicense-manager$/);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/license-manager$/);
  await expect(page.getByTestId('license-manager-primary')).toHaveText('lm1.example.com');
  await expect(page.getByTestId('license-manager-backup')).toHaveText('lm2.example.com');
  await expect(page.getByTestId('license-manager-port')).toHaveText('27001');
});

test('the portal’s refusal shows beside the form, in its words, and nothing restarts', async ({ page }) => {
  await openLicenseManagerPage(page);
  await page.getByLabel('Primary host').fill('lm.invalid');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Update and restart' }).click();
  await expect(appAlert(page)).toHaveText(/Unable to connect to the License Manager on 'lm\.invalid:27000'\./);
  await expect(page.getByRole('heading', { name: 'Portal restarting…' })).toHaveCount(0);
  await expect(page.getByLabel('Primary host')).toHaveValue('lm.invalid');
});

test('cancel sends nothing', async ({ page }) => {
  await openLicenseManagerPage(page);
  const { lastSeq } = await emulator.log();
  await page.getByLabel('Primary host').fill('lm9.example.com');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Update License Manager' })).toBeVisible();
  expect(await updatePosts(lastSeq)).toEqual([]);
});

test('a portal that does not come back: the page gives up after 10 minutes, says what to check, and can keep waiting', async ({ page }) => {
  // The browser's clock is fake (it still flows), so ten minutes can be skipped; the portal stays down for real.
  await page.clock.install();
  await emulator.setRestartSeconds(60);
  await openLicenseManagerPage(page);
  await page.getByLabel('Primary host').fill('lm1.example.com');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Update and restart' }).click();
  await expect(page.getByRole('heading', { name: 'Portal restarting…' })).toBeVisible();
  await expect(page.getByText('after 30 s, as the portal asked')).toBeVisible();

  await page.clock.fastForward('00:31');
  await expect(page.getByText(/^1; last: Cannot reach .*connection refused\.$/)).toBeVisible();
  // Down for good from here: the restart's own return is cancelled.
  await emulator.portalDown();

  const gaveUp = page.getByText('The portal has not answered for 10 minutes, so the dashboard stopped checking.');
  await expect(async () => {
    await page.clock.fastForward('01:00');
    await expect(gaveUp).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: 'Portal restart: no answer' })).toBeVisible();
  await expect(page.getByText('That the portal is running')).toBeVisible();
  await expect(page.getByText(/can reach the License Manager at lm1\.example\.com, port 27000/)).toBeVisible();
  await expect(page.getByTestId('restart-elapsed')).toHaveText(/^1\d:\d\d$/);

  await emulator.portalUp();
  await page.getByRole('button', { name: 'Keep waiting' }).click();
  await expect(page.getByRole('link', { name: 'Sign in again' })).toBeVisible();
});
