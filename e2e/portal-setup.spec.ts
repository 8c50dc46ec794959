import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { signInThroughForm } from './support/session';

// The /portaladmin root says what an upgraded or new portal waits for; the overview and the import
// page say it in words, and say nothing when the portal waits for nothing.

const ROOT = 'GET /portal/portaladmin$';

test.beforeEach(async ({ page }) => {
  await emulator.reset();
  await signInThroughForm(page);
});

test('an upgraded portal whose license is not applied yet is named on the overview and the import page', async ({ page }) => {
  await emulator.fault({
    kind: 'answer',
    match: ROOT,
    body: { isPostUpgrade: true, isLicensePopulated: false, isLicenseFileRequired: false, version: '11.4.0' },
  });
  await page.goto('/');
  const notice = page.getByRole('status').filter({ hasText: 'The portal is waiting for its license' });
  await expect(notice).toContainText('The portal was upgraded and its license has not been applied yet');
  await page.goto('/import');
  await expect(page.getByText('The portal was upgraded and its license has not been applied yet')).toBeVisible();
});

test('a portal that waits for nothing shows no such notice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
  await expect(page.getByText('The portal is waiting for its license')).toHaveCount(0);
});
