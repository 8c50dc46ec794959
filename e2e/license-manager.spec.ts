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

const PORTAL_ADMIN_ROOT = 'GET /portal/portaladmin$';
const OPERATION_NAMES = /updateLicenseManager|licenseManagerInfo|recheckAfterSeconds|generateToken|portaladmin/;

/** The page's words outside its details disclosures. */
async function wordsOutsideDetails(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const details of copy.querySelectorAll('details')) details.remove();
    return copy.textContent ?? '';
  });
}

test('11.4: the form holds the current value, says the License Manager is optional, and an empty form sends nothing', async ({ page }) => {
  await openLicenseManagerPage(page);
  await expect(page.getByLabel('Primary host')).toHaveValue('licensemanager.example.com');
  await expect(page.getByLabel('Backup host')).toHaveValue('');
  await expect(page.getByLabel('Port')).toHaveValue('27000');
  await expect(page.getByTestId('license-manager-requirement')).toHaveText(
    /^On ArcGIS Enterprise 11\.4(\.0)? a License Manager is optional: from 11\.4 the portal licenses ArcGIS Pro itself\. Leave the host as it is/,
  );
  expect(await wordsOutsideDetails(page)).not.toMatch(OPERATION_NAMES);
  await page.getByText(/^Details for the portal.s API$/).click();
  await expect(page.locator('details')).toContainText('updateLicenseManager');

  const { lastSeq } = await emulator.log();
  await page.getByLabel('Primary host').fill('');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was sent: the form names no host.' })).toBeVisible();
  await expect(page.getByLabel('Primary host')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Filled, it is checked as before.
  await page.getByLabel('Primary host').fill('lm 1');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await expect(page.getByText('A host name cannot contain spaces.')).toBeVisible();
  expect(await updatePosts(lastSeq)).toEqual([]);
});

test('before 11.4: the page says a License Manager is required, with the version, and an empty host is refused beside the field', async ({
  page,
}) => {
  await emulator.fault({ kind: 'answer', match: PORTAL_ADMIN_ROOT, times: 1, body: { version: '11.1.0', isPortalLicensed: true } });
  await openLicenseManagerPage(page);
  await expect(page.getByTestId('license-manager-requirement')).toHaveText(
    'ArcGIS Enterprise 11.1.0 needs a License Manager for ArcGIS Pro licenses, so a host is required (it becomes optional at 11.4).',
  );
  await expect(page.getByLabel('Primary host', { exact: true })).toHaveValue('licensemanager.example.com');
  await page.getByLabel('Primary host').fill('');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await expect(page.getByText('Enter the host name of the License Manager.')).toBeVisible();
  await expect(page.getByLabel('Primary host')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Nothing was sent')).toHaveCount(0);
});

test('a reload mid-restart still shows the progress; after signing in again the page confirms the new value, once', async ({ page }) => {
  await emulator.setRestartSeconds(8);
  await openLicenseManagerPage(page);
  await page.getByLabel('Primary host').fill('license.example.com');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Update and restart' }).click();
  await expect(page.getByRole('heading', { name: 'Portal restarting…' })).toBeVisible();
  await expect.poll(async () => (await emulator.state()).portalDown).toBe(true);
  await page.waitForTimeout(1_500);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Portal restarting…' })).toBeVisible();
  await expect(page.getByText('license.example.com, port 27000')).toBeVisible();
  await expect(page.getByText(/ARCGIS_PORTAL_URL|cannot be reached/)).toHaveCount(0);
  // The clock runs from when the portal accepted the change, not from the reload.
  await expect(page.getByTestId('restart-elapsed')).not.toHaveText('0:00');

  const signInAgain = page.getByRole('link', { name: 'Sign in again' });
  await expect(signInAgain).toBeVisible({ timeout: 30_000 });
  await signInAgain.click();
  const forgotten = page.waitForResponse(
    (response) => response.url().endsWith('/api/license-manager/restart') && response.request().method() === 'DELETE',
  );
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/license-manager$/);
  await expect(page.getByTestId('restart-confirmation')).toContainText('The portal now uses license.example.com:27000.');
  await expect(page.getByLabel('Primary host')).toHaveValue('license.example.com');
  expect((await forgotten).status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId('license-manager-primary')).toHaveText('license.example.com');
  await expect(page.getByTestId('restart-confirmation')).toHaveCount(0);
});

test('a portal that says yes but keeps the old value: the page warns, naming both', async ({ page }) => {
  await openLicenseManagerPage(page);
  await emulator.fault({
    kind: 'answer',
    match: 'POST /portal/portaladmin/license/updateLicenseManager',
    times: 1,
    body: { status: 'success', recheckAfterSeconds: 1 },
  });
  await page.getByLabel('Primary host').fill('license.example.com');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Update and restart' }).click();
  const warning = page.getByTestId('restart-confirmation');
  await expect(warning).toContainText('The portal is back, but does not report the License Manager that was sent.', { timeout: 20_000 });
  await expect(warning).toContainText('It reports licensemanager.example.com, port 27000; the dashboard sent license.example.com, port 27000.');
});
