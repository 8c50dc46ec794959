import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { signInThroughForm } from './support/session';
import { PAGES } from '../lib/pages';

// A phone, 390 px wide: no page slides sideways, the header is one line with a menu, charts draw
// their bars, wide tables scroll inside themselves with their name column kept and a hint, and the
// expirations timeline is a list of dates. At 1280 px the header is one row.

const PHONE = { width: 390, height: 844 };
/** One line: the name and the portal beside the menu button (it took 238 px with every link shown). */
const COMPACT_HEADER_PX = 72;

test.beforeEach(async () => {
  await emulator.reset();
});

async function signInOnPhone(page: Page, path: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await signInThroughForm(page, undefined, `/sign-in?next=${encodeURIComponent(path)}`);
  await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/$' : path}`));
}

for (const { path } of Object.values(PAGES)) {
  test(`${path} does not scroll sideways at 390 px`, async ({ page }) => {
    await signInOnPhone(page, path);
    // Charts and tables settle after hydration; measure once the page has stopped loading.
    await page.waitForLoadState('networkidle');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${path} is ${scrollWidth} px wide`).toBeLessThanOrEqual(PHONE.width);
  });
}

test('the phone header is one line; its menu opens, moves and closes by keyboard', async ({ page }) => {
  await signInOnPhone(page, '/');
  const header = page.getByRole('banner');
  expect((await header.boundingBox())?.height).toBeLessThanOrEqual(COMPACT_HEADER_PX);
  await expect(header.getByRole('link', { name: 'Expirations' })).toBeHidden();

  const menu = header.getByRole('button', { name: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(panel).toContainText('Signed in as admin');
  await expect(panel.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(menu).toBeFocused();

  await page.keyboard.press('Enter');
  const expirations = panel.getByRole('link', { name: 'Expirations' });
  for (let i = 0; i < 10 && !(await expirations.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(expirations).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Expirations', level: 1 })).toBeVisible();
  await expect(panel).toBeHidden();
});

test('at 1280 px the header is one row: the whole name, every page and sign-out side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInThroughForm(page);
  const header = page.getByRole('banner');
  const box = await header.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(COMPACT_HEADER_PX);
  await expect(header.getByRole('button', { name: 'Menu' })).toBeHidden();
  const name = header.getByText('License dashboard');
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth), 'the name is shown whole, not truncated').toBe(true);
  const title = await name.boundingBox();
  for (const name of ['Overview', 'Server licenses']) {
    const link = await header.getByRole('link', { name }).boundingBox();
    expect(link && title && link.y < title.y + title.height && link.y + link.height > title.y, `${name} beside the title`).toBe(true);
  }
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('the overview’s charts draw bars at 390 px; a wide table scrolls with its name column kept and a hint', async ({ page }) => {
  await signInOnPhone(page, '/');
  for (const name of [/for each user type/, /for each app and app bundle/]) {
    const bar = page.getByRole('img', { name }).locator('.recharts-bar-rectangle path').first();
    await expect(bar).toBeVisible();
    expect((await bar.boundingBox())?.width).toBeGreaterThan(1);
  }

  const table = page.getByRole('region', { name: 'User types: seats in use and purchased' });
  await expect(table.locator('xpath=../../..').getByText('More columns: scroll sideways →')).toBeVisible();
  const name = table.getByTestId('usage-creatorUT').getByRole('cell').first();
  const before = await name.boundingBox();
  await table.evaluate((el) => el.scrollBy({ left: el.scrollWidth }));
  await expect.poll(() => table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect((await name.boundingBox())?.x).toBe(before?.x);
  // Scrolled to its end, the last column shows inside the table's box.
  const box = await table.boundingBox();
  const last = await table.getByTestId('usage-creatorUT').getByRole('cell').last().boundingBox();
  expect(box && last && last.x >= box.x && last.x + last.width <= box.x + box.width + 1).toBe(true);
});

test('the expirations timeline is a list of dates on a phone, today in its place', async ({ page }) => {
  await signInOnPhone(page, '/expirations');
  await expect(page.getByRole('img', { name: /Timeline chart of expiration dates/ })).toBeHidden();
  const list = page.getByRole('list', { name: 'Expiration dates, soonest first' });
  const entries = list.locator(':scope > li');
  await expect(entries.first()).toContainText('StreetMap Premium Europe');
  await expect(entries.first()).toContainText('Expired');
  // Two expired dates, then today, then what is ahead.
  await expect(entries.nth(2)).toContainText(/^Today, /);
  await expect(entries.nth(3)).toContainText('ArcGIS Insights');
  await expect(list).toContainText('ArcGIS Image Server · image.example.com');
});
