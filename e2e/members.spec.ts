import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { freshDataDir, instancePort, startInstance } from './support/instances';
import { syncMembersInventory } from './support/members-inventory';
import { signInThroughForm } from './support/session';

// The members page as an admin uses it on the demo (70 members): filter by "no sign-in for more than
// 90 days" through the form, the URL holds it through a reload, the count is shown, the CSV holds the
// same members; the overview drills down to it; it stays usable at 390 px.

const DAY = 86_400_000;

test.beforeAll(async () => {
  await syncMembersInventory();
});

test.beforeEach(async () => {
  await emulator.reset();
});

const memberRows = (page: Page) => page.locator('tbody tr[data-testid^="member-"]');

async function shownUsernames(page: Page): Promise<string[]> {
  const ids = await memberRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^member-/, ''));
}

/** "Members 1–17 of 17" → 17. */
async function countShown(page: Page): Promise<number> {
  const text = (await page.getByTestId('members-count').textContent()) ?? '';
  const match = /of ([\d,]+)$/.exec(text.trim());
  if (!match?.[1]) throw new Error(`no count in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

test('no sign-in for more than 90 days: through the form, kept by the URL and a reload, counted, and the CSV holds the same members', async ({
  page,
}) => {
  await signInThroughForm(page);
  await page.getByRole('link', { name: 'Members' }).first().click();
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
  await expect(page.getByTestId('inventory-read')).toContainText('70 members');
  expect(await countShown(page)).toBe(70);

  await page.getByLabel('No sign-in for more than (days)').fill('90');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]idle=90(&|$)/);
  const total = await countShown(page);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(50);
  const usernames = await shownUsernames(page);
  expect(usernames).toHaveLength(total);

  await page.reload();
  await expect(page.getByLabel('No sign-in for more than (days)')).toHaveValue('90');
  expect(await countShown(page)).toBe(total);
  expect(await shownUsernames(page)).toEqual(usernames);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV (this filter)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  const header = lines[0]?.split(',') ?? [];
  const rows = lines.slice(1).map((line) => line.split(','));
  expect(rows).toHaveLength(total);
  expect(rows.map((row) => row[0]).sort()).toEqual([...usernames].sort());
  const signIn = header.indexOf('last_sign_in_utc');
  const never = header.indexOf('never_signed_in');
  for (const row of rows) {
    const at = row[signIn] ?? '';
    if (at === '') expect(row[never]).toBe('yes');
    else expect(Date.now() - Date.parse(at)).toBeGreaterThan(90 * DAY);
  }
  await expectNoSeriousA11yViolations(page);
});

test('sorting by last sign-in through its header, by keyboard, puts never-signed-in members first', async ({ page }) => {
  await signInThroughForm(page);
  await page.goto('/members?size=100');
  const header = page.getByRole('columnheader', { name: /Last sign-in/ });
  await header.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=lastLogin/);
  await expect(page.getByRole('columnheader', { name: /Last sign-in/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(memberRows(page).first()).toContainText('never signed in');
});

test('the overview’s user types and apps drill down to their members', async ({ page }) => {
  await signInThroughForm(page);
  const creators = page.getByTestId('usage-creatorUT');
  const inUse = Number(((await creators.locator('td').nth(1).textContent()) ?? '').replace(/,/g, ''));
  await creators.getByRole('link', { name: /Creator/ }).click();
  await expect(page).toHaveURL(/\/members\?userType=creatorUT$/);
  await expect(page.getByLabel('User type')).toHaveValue('creatorUT');
  expect(await countShown(page)).toBe(inUse);
  for (const cell of await memberRows(page).locator('td:nth-child(2)').allTextContents()) expect(cell).toBe('Creator');

  await page.goto('/');
  await page
    .getByTestId('usage-arcgisprodesktop')
    .getByRole('link', { name: /ArcGIS Pro/ })
    .click();
  await expect(page).toHaveURL(/\/members\?app=[0-9a-f]{32}$/);
  expect(await countShown(page)).toBeGreaterThan(0);
  for (const cell of await memberRows(page).locator('td:nth-child(5)').allTextContents()) expect(cell).toContain('ArcGIS Pro');
});

test('selection: picked members, a whole page, then every member matching the filter go to the change dialog', async ({ page }) => {
  await signInThroughForm(page);
  await page.goto('/members?never=1');
  const usernames = await shownUsernames(page);
  expect(usernames.length).toBeGreaterThan(1);
  const change = page.getByRole('button', { name: 'Change licenses…' });
  await expect(change).toBeDisabled();
  await memberRows(page).nth(0).getByRole('checkbox').check();
  await memberRows(page).nth(1).getByRole('checkbox').check();
  await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
  await change.click();
  const dialog = page.getByRole('dialog', { name: 'Change licenses of 2 members' });
  await expect(dialog.getByText('Nothing is sent before you confirm.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(change).toBeFocused();

  await page.goto('/members?size=50');
  await page.getByRole('checkbox', { name: 'Select every member on this page' }).check();
  await expect(page.getByTestId('selection-count')).toHaveText('50 selected');
  await page.getByRole('button', { name: 'Select all 70 matching the filter' }).click();
  await expect(page.getByTestId('selection-count')).toHaveText('All 70 matching the filter selected');
  await page.getByRole('button', { name: 'Change licenses…' }).click();
  await expect(page.getByRole('dialog', { name: 'Change licenses of 70 members' })).toBeVisible();
});

test('at 390 px the table scrolls inside itself with the member column kept, the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInThroughForm(page, undefined, `/sign-in?next=${encodeURIComponent('/members?idle=90')}`);
  await expect(page).toHaveURL(/\/members\?idle=90/);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const region = page.getByRole('region', { name: /Members of the organization/ });
  const firstCell = memberRows(page).first().locator('td').first();
  const userTypeCell = memberRows(page).first().locator('td').nth(1);
  const userTypeBefore = (await userTypeCell.boundingBox())?.x ?? 0;
  await region.evaluate((element) => element.scrollBy({ left: 400 }));
  expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  // The member column stays where it was while the others slide under it.
  const box = await firstCell.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 390) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  expect((await userTypeCell.boundingBox())?.x ?? 0).toBeLessThan(userTypeBefore);
  await expectNoSeriousA11yViolations(page);
});

test('before any inventory the page says so; Sync now reads the members with its progress, and the page shows them', async ({ page }) => {
  // A dashboard of its own, without the demo's collector, so nothing has read the members yet.
  const instance = await startInstance(instancePort(0), { DATA_DIR: freshDataDir('members-first-sync') });
  try {
    await signInThroughForm(page, undefined, `${instance.url}/sign-in?next=%2Fmembers`);
    await expect(page.getByText('No inventory yet')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await emulator.setLatency(40);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByRole('button', { name: 'Syncing…' })).toBeDisabled();
    await expect(page.getByTestId('sync-progress')).toContainText(/members read|Counting the members/);
    await expect(page.getByRole('status').filter({ hasText: 'Sync completed at' })).toContainText('70 members read.', { timeout: 30_000 });
    await expect(page.getByTestId('inventory-read')).toContainText('70 members');
    await expect(memberRows(page)).toHaveCount(50);
  } finally {
    await emulator.setLatency(0);
    await instance.stop();
  }
});
