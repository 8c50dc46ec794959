import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';

// A large organization (50,000 members, 2,000 licenses offline): the release page lists every
// offline license a page at a time, and finds one by member.

test.afterEach(async () => {
  await emulator.reset();
});

test('2,000 offline licenses, 50 to a page, with a filter', async ({ page }) => {
  await emulator.reset({ scale: 'large' });
  await signInThroughForm(page, undefined, '/sign-in?next=/release');
  const table = page.getByRole('table', { name: /2,000 licenses checked out for offline use: showing 1–50 of 2,000/ });
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(50);

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('table', { name: /showing 51–100 of 2,000/ })).toBeVisible();
  await expect(page.getByText('Page 2 of 40')).toBeVisible();

  // The 77th row (page 2) is one member's license of one app: the filter finds it alone.
  const row = page
    .getByRole('table', { name: /showing 51–100 of 2,000/ })
    .locator('tbody tr')
    .nth(26);
  const member = (await row.locator('td').nth(0).textContent()) as string;
  const app = (await row.locator('td').nth(1).textContent()) as string;
  await page.getByLabel('Filter by member or application').fill(`${member} ${app}`);
  const filtered = page.getByRole('table', { name: /showing 1–1 of 1$/ });
  await expect(filtered).toBeVisible();
  await expect(filtered.locator('tbody tr')).toContainText(member);
});
