import { appAlert } from './support/alerts';
import { expectNoSeriousA11yViolations, waitForCharts } from './support/axe';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';

// axe on every page, signed out and in, in light and dark mode: no serious or critical violations.

const SIGNED_IN_PAGES = ['/', '/expirations', '/import', '/server-licenses'];

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

    test('every signed-in page', async ({ page }) => {
      await signInThroughForm(page);
      for (const path of SIGNED_IN_PAGES) {
        await page.goto(path);
        await waitForCharts(page);
        await expectNoSeriousA11yViolations(page);
      }
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
