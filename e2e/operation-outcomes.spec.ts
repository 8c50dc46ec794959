import { appAlert } from './support/alerts';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';

// updateLicenseManager is done only when the portal answers "status":"success": a failed answer
// is shown in the portal's words and the page does not start waiting for a restart.

test.beforeEach(async () => {
  await emulator.reset();
});

test('updateLicenseManager answering {"status":"failed"}: the failure shows and no restart is awaited', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/license-manager');
  await expect(page.getByRole('heading', { name: 'License Manager', level: 1 })).toBeVisible();
  await emulator.fault({
    kind: 'answer',
    match: '^POST /portal/portaladmin/license/updateLicenseManager$',
    body: { status: 'failed', messages: ['Unable to update the License Manager.'] },
  });
  await page.getByLabel('Primary host').fill('lm9.example.com');
  await page.getByRole('button', { name: 'Update License Manager' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Update and restart' }).click();
  await expect(appAlert(page)).toHaveText(/Unable to update the License Manager\./);
  await expect(page.getByRole('heading', { name: /^Portal restart/ })).toHaveCount(0);
  await expect(page.getByTestId('license-manager-primary')).toHaveText('licensemanager.example.com');
});
