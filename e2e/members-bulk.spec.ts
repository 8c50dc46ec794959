import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { syncMembersInventory } from './support/members-inventory';
import { signInThroughForm } from './support/session';

// Issue 13's scenario as an admin does it on the demo: the members holding ArcGIS Pro, three of them
// selected (one with Pro checked out offline), Pro revoked through the preview and its confirmation:
// two revoked, one left out with the reason and a way to release it first, an audit entry for each
// member changed, and the overview's ArcGIS Pro count down by two.

const PRO = 'd4a332a0be784dd2be53cec0a35e0859';

interface ListedMember {
  username: string;
  licenses: { itemId: string; disconnected: boolean }[];
}

test.beforeAll(async () => {
  await syncMembersInventory();
});

test.beforeEach(async () => {
  await emulator.reset();
});

// The inventory the test changed is read again for the next spec files.
test.afterAll(async () => {
  await emulator.reset();
  await syncMembersInventory();
});

async function proUsed(page: Page): Promise<number> {
  await page.goto('/');
  return Number(((await page.getByTestId('usage-arcgisprodesktop').getByRole('cell').nth(1).textContent()) ?? '').replace(/,/g, ''));
}

test('revoke ArcGIS Pro from three members, one offline: two revoked, one left out with the reason, each audited, the overview down by two', async ({
  page,
}) => {
  await signInThroughForm(page);
  const before = await proUsed(page);
  const listed = (await (await page.request.get(`/api/members?app=${PRO}&size=100`)).json()) as { members: ListedMember[] };
  const offline = (m: ListedMember) => m.licenses.some((l) => l.itemId === PRO && l.disconnected);
  const online = listed.members.filter((m) => !offline(m)).slice(0, 2);
  const away = listed.members.find(offline);
  expect(online).toHaveLength(2);
  if (!away) throw new Error('the demo has no member with ArcGIS Pro offline');
  const chosen = [...online.map((m) => m.username), away.username];

  await page.goto(`/members?app=${PRO}&size=100`);
  for (const username of chosen) await page.getByTestId(`member-${username}`).getByRole('checkbox').check();
  await expect(page.getByTestId('selection-count')).toHaveText('3 selected');
  await page.getByRole('button', { name: 'Change licenses…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Change licenses of 3 members' });
  await dialog.getByLabel('Change').selectOption('revokeApp');
  await dialog.getByLabel('App').selectOption(PRO);
  const { lastSeq } = await emulator.log();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('table', { name: 'Left out: 1 member' })).toContainText(away.username);
  await expect(dialog.getByRole('table', { name: /Left out/ })).toContainText(/checked out offline/);
  await expect(dialog.getByRole('link', { name: `Release it first for ${away.username}` })).toHaveAttribute('href', '/release');
  await expectNoSeriousA11yViolations(page);
  // The preview read; it sent nothing.
  expect((await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST')).toEqual([]);

  await dialog.getByRole('button', { name: 'Confirm for 2 members' }).click();
  await expect(dialog.getByText('2 done, 0 failed, 0 unknown.')).toBeVisible();
  const results = dialog.getByRole('table', { name: 'Result per member' });
  for (const member of online) await expect(results).toContainText(member.username);
  const sent = (await emulator.log(lastSeq)).entries.filter(
    (e) => e.method === 'POST' && e.path.endsWith(`/listings/${PRO}/provisionUserEntitlements`),
  );
  expect(sent).toHaveLength(1);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.goto('/audit?action=revoke-app-license');
  const entries = page.getByRole('table', { name: /Audit log entries/ }).locator('tbody tr');
  for (const member of online) {
    const entry = entries.filter({ hasText: member.username }).first();
    await expect(entry).toContainText('Revoke app license');
    await expect(entry).toContainText('Success');
  }
  await expect(entries.filter({ hasText: away.username })).toHaveCount(0);

  expect(await proUsed(page)).toBe(before - 2);
});
