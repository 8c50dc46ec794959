import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';

// The audit log as an admin reads it: each change through the dashboard is on /audit with who, what,
// on whom and how it ended, in the portal's words when it refused.

const RELEASE = '^POST /portal/portaladmin/license/releaseLicense$';

test.beforeEach(async () => {
  await emulator.reset();
});

async function releaseThroughPage(page: Page, username: string): Promise<void> {
  await page.goto('/release');
  await page.getByRole('combobox', { name: 'Username' }).fill(username);
  await page.getByRole('button', { name: 'Release license' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
}

const rows = (page: Page) => page.getByRole('table', { name: /Audit log entries/ }).locator('tbody tr');
const rowOf = (page: Page, action: string, target: string) => rows(page).filter({ hasText: action }).filter({ hasText: target });

test('a release on /release is on /audit: admin, member, app, success', async ({ page }) => {
  await signInThroughForm(page);
  await releaseThroughPage(page, 'dsilva');
  await expect(page.getByRole('status').filter({ hasText: 'Released ArcGIS Pro for dsilva' })).toBeVisible();
  await page.getByRole('link', { name: 'Audit log' }).first().click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  // Newest first: the release is the latest entry (the store lives as long as the test run).
  const row = rows(page).first();
  await expect(row).toContainText('Release license');
  await expect(row).toContainText('dsilva');
  await expect(row).toContainText('admin');
  await expect(row).toContainText('arcgisprodesktop');
  await expect(row).toContainText('ArcGIS Pro');
  await expect(row).toContainText('Success');
  await expect(row).toContainText(/\d+ ms/);
});

test('a release the portal refuses is failed, in the portal’s words', async ({ page }) => {
  const words = 'User dsilva does not have a license of arcgisprodesktop checked out.';
  await emulator.fault({ kind: 'answer', match: RELEASE, body: { status: 'failed', messages: [words] } });
  await signInThroughForm(page);
  await releaseThroughPage(page, 'dsilva');
  await expect(page.getByText(words).first()).toBeVisible();
  await page.goto('/audit');
  const row = rowOf(page, 'Release license', 'dsilva').first();
  await expect(row).toContainText('Failed');
  await expect(row).toContainText(words);
});

test('sign-in successes and failures are there, never the password; filters live in the URL', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('not-the-password-xyz');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Invalid username or password.').first()).toBeVisible();
  await signInThroughForm(page);
  await page.goto('/audit');
  await expect(rowOf(page, 'Sign-in', 'admin').filter({ hasText: 'Success' }).first()).toBeVisible();
  await expect(rowOf(page, 'Sign-in', 'admin').filter({ hasText: 'Failed' }).first()).toContainText('Invalid username or password.');
  await expect(page.getByText('not-the-password-xyz')).toHaveCount(0);

  await page.getByLabel('Outcome').selectOption('failed');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/outcome=failed/);
  await expect(rows(page).first()).toContainText('Failed');
  await expect(rows(page).filter({ hasText: 'Success' })).toHaveCount(0);

  await page.goto('/audit?action=sign-in&from=2000-01-01&to=2000-01-02');
  await expect(page.getByText('No entries match.')).toBeVisible();
  await page.goto('/audit?from=yesterday');
  await expect(page.getByLabel('From (UTC)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/must be a date \(YYYY-MM-DD, UTC\)/)).toBeVisible();
});

test('the CSV download is the current filter, with a dated file name', async ({ page }) => {
  await signInThroughForm(page);
  await releaseThroughPage(page, 'dsilva');
  await expect(page.getByRole('status').filter({ hasText: 'Released ArcGIS Pro for dsilva' })).toBeVisible();
  await page.goto('/audit?action=release-license');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe('time_utc,admin,action,target,parameters,outcome,portal_messages,duration_ms');
  expect(lines.slice(1).every((line) => line.includes(',release-license,'))).toBe(true);
  expect(lines.some((line) => line.includes(',dsilva,'))).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('axe on /audit', async ({ page }) => {
      await signInThroughForm(page);
      await page.goto('/audit');
      await expect(rows(page).first()).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  });
}
