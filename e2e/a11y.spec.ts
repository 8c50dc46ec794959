import { appAlert } from './support/alerts';
import { expectNoSeriousA11yViolations, waitForCharts } from './support/axe';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';
import { PAGES } from '../lib/pages';

// axe on every page, signed out and in, in light and dark mode: no serious or critical violations.
// One test per page (every page the navigation lists), so a slow machine times one page, not six.

const SIGNED_IN_PAGES = Object.values(PAGES).map((page) => page.path);

test.beforeEach(async () => {
  await emulator.reset();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('sign-in page, plain, expired and with an error', async ({ page }) => {
      await page.goto('/sign-in');
      await expectNoSeriousA11yViolations(page);
      await page.goto('/sign-in?reason=expired');
      await expectNoSeriousA11yViolations(page);
      await page.getByLabel('Password').fill('wrong');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(appAlert(page).filter({ hasText: 'Invalid username or password.' })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    for (const path of SIGNED_IN_PAGES) {
      test(`signed-in page ${path}`, async ({ page }) => {
        await signInThroughForm(page, undefined, `/sign-in?next=${encodeURIComponent(path)}`);
        await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/$' : path}`));
        await waitForCharts(page);
        await expectNoSeriousA11yViolations(page);
      });
    }

    test('the confirmation dialogs and the restart progress', async ({ page }) => {
      await emulator.setRestartSeconds(2);
      await signInThroughForm(page, undefined, '/sign-in?next=/release');
      await page
        .getByRole('button', { name: /^Release ArcGIS Pro for / })
        .first()
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Escape');

      await page.goto('/license-manager');
      await page.getByLabel('Primary host').fill('lm9.example.com');
      await page.getByRole('button', { name: 'Update License Manager' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.getByRole('dialog').getByRole('button', { name: 'Update and restart' }).click();
      await expect(page.getByRole('heading', { name: 'Portal restarting…' })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    test('the page-level problem message', async ({ page }) => {
      await signInThroughForm(page);
      await emulator.portalDown();
      await page.goto('/');
      await expect(appAlert(page)).toContainText('The portal cannot be reached');
      await expectNoSeriousA11yViolations(page);
    });
  });
}

test('signing in, moving between pages and signing out by keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Username')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('admin');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('demo-license-admin');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');

  const expirations = page.getByRole('link', { name: 'Expirations' });
  for (let i = 0; i < 10 && !(await expirations.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(expirations).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Expirations', level: 1 })).toBeVisible();

  const signOut = page.getByRole('button', { name: 'Sign out' });
  for (let i = 0; i < 10 && !(await signOut.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(signOut).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sign-in$/);
});

/** Presses Tab until `target` has focus (at most `limit` times). */
async function tabTo(page: import('@playwright/test').Page, target: import('@playwright/test').Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('releasing a license from the table by keyboard alone', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/release');
  const release = page.getByRole('button', { name: 'Release ArcGIS Pro for achen' });
  await tabTo(page, release);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Release ArcGIS Pro for achen?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Release license' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Released ArcGIS Pro for achen')).toBeVisible();
  await expect(page.getByTestId('checkout-arcgisprodesktop-achen')).toHaveCount(0);
});

test('updating the License Manager by keyboard alone', async ({ page }) => {
  await emulator.setRestartSeconds(2);
  await signInThroughForm(page, undefined, '/sign-in?next=/license-manager');
  // Until the page is interactive (hydrated) its buttons are disabled and Enter would do nothing.
  await expect(page.getByRole('button', { name: 'Update License Manager' })).toBeEnabled();
  await tabTo(page, page.getByLabel('Primary host'));
  await page.keyboard.type('lm7.example.com');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Backup host')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Port')).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Update the License Manager and restart the portal?' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'Update and restart' }), 3);
  await page.keyboard.press('Enter');
  const signInAgain = page.getByRole('link', { name: 'Sign in again' });
  await expect(signInAgain).toBeVisible({ timeout: 30_000 });
  await tabTo(page, signInAgain);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sign-in\?reason=expired/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('license-manager-primary')).toHaveText('lm7.example.com');
});

test('dark mode follows the system setting', async ({ browser, baseURL }) => {
  const brightness: Record<string, number> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, baseURL });
    const page = await context.newPage();
    await page.goto('/sign-in');
    // The computed colour may be in lab(); a canvas turns it into RGB.
    brightness[colorScheme] = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      const context2d = canvas.getContext('2d') as CanvasRenderingContext2D;
      context2d.fillStyle = getComputedStyle(document.body).backgroundColor;
      context2d.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = context2d.getImageData(0, 0, 1, 1).data;
      return (r + g + b) / 3;
    });
    await context.close();
  }
  expect(brightness.light).toBeGreaterThan(230);
  expect(brightness.dark).toBeLessThan(40);
});
