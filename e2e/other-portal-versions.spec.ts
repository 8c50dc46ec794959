import documented from '../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { appAlert } from './support/alerts';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';

// A real portal of another version answers with other numbers, unknown ids and extra fields:
// kept and shown. An answer the dashboard cannot read is named down to the field.

const LICENSE = 'GET /portal/portaladmin/license';

test.beforeEach(async ({ page }) => {
  await emulator.reset();
  await signInThroughForm(page);
});

test('unknown user types, apps and fields are shown as the portal sent them', async ({ page }) => {
  const newer = {
    ...documented,
    currentRegisteredMembers: 181,
    maximumRegisteredMembers: 200,
    version: '12.1',
    licenseTier: 'enterprise-plus',
    userTypes: [
      ...documented.userTypes,
      { id: 'spatialAnalystUT', maximumRegisteredMembers: 20, currentRegisteredMembers: 19, expiration: 1893456000000, seatsReserved: 2 },
    ],
    apps: [
      ...documented.apps,
      { id: 'arcgisMissionNext', itemId: 'aaaabbbbccccddddeeeeffff00001111', maximumRegisteredMembers: 10, expiration: 1893456000000 },
    ],
  };
  await emulator.fault({ kind: 'answer', match: LICENSE, body: newer });
  await page.goto('/');
  await expect(page.getByTestId('members-figure')).toHaveText('181 of 200');
  const unknownType = page.getByTestId('usage-spatialAnalystUT');
  await expect(unknownType).toContainText('spatialAnalystUT');
  await expect(unknownType).toContainText('≥ 90% used');
  await expect(page.getByTestId('usage-arcgisMissionNext')).toContainText('arcgisMissionNext');
  await page.getByText(/Also reported by the portal/).click();
  await expect(page.getByText('licenseTier')).toBeVisible();
  await expect(page.getByText('"enterprise-plus"')).toBeVisible();
  await expect(page.getByText('spatialAnalystUT.seatsReserved')).toBeVisible();
});

// Issue 11 item 1: this example used to fail the whole page with one red box naming the field. The
// right answer now: the page shows what it can read, the field's figure says not reported, and the
// field is named with its value as it came.
test('an answer with a field of the wrong type names the field and shows everything else', async ({ page }) => {
  const broken = structuredClone(documented) as typeof documented & { userTypes: Record<string, unknown>[] };
  const target = broken.userTypes[1] as Record<string, unknown>;
  target.maximumRegisteredMembers = 'two hundred';
  await emulator.fault({ kind: 'answer', match: LICENSE, body: broken });
  await page.goto('/');
  await expect(appAlert(page)).toHaveCount(0);
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
  await expect(page.getByRole('table', { name: /User types/ }).locator('tbody tr')).toHaveCount(documented.userTypes.length);
  const row = page.getByTestId(`usage-${String(target.id)}`);
  await expect(row.getByLabel('not reported').first()).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'of a type the dashboard did not expect' });
  await expect(notice).toContainText('userTypes[1].maximumRegisteredMembers is "two hundred", which could not be read as a number');
  await page.locator('summary', { hasText: 'Also reported by the portal' }).click();
  const field = page.getByTestId('unreadable-userTypes[1].maximumRegisteredMembers');
  await expect(field).toContainText('userTypes[1].maximumRegisteredMembers');
  await expect(field).toContainText('"two hundred"');
  await expect(field).toContainText('could not be read as a number');
});

test('null counts and a date given as text: not reported, the rest of the page as usual', async ({ page }) => {
  const broken = structuredClone(documented) as typeof documented & { userTypes: Record<string, unknown>[] };
  Object.assign(broken.userTypes[0] as Record<string, unknown>, { currentRegisteredMembers: null, expiration: '2026-10-21' });
  await emulator.fault({ kind: 'answer', match: LICENSE, body: broken });
  await page.goto('/');
  await expect(appAlert(page)).toHaveCount(0);
  const row = page.getByTestId(`usage-${String(broken.userTypes[0]?.id)}`);
  await expect(row.getByLabel('not reported').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'did not expect' })).toContainText('userTypes[0].expiration is "2026-10-21"');
  await page.goto('/expirations');
  await expect(appAlert(page)).toHaveCount(0);
  await expect(page.getByTestId('count-expired')).toBeVisible();
});

// Issue 11 left this: an entitlement without an id used to stop the whole read. Its right answer now is
// the rest of the license, with the entry named as it came.
test('an entitlement without an id is left out and named; the rest of the license is shown', async ({ page }) => {
  const broken = structuredClone(documented) as typeof documented & { userTypes: Record<string, unknown>[] };
  const missing = broken.userTypes[1] as Record<string, unknown>;
  const missingId = String(missing.id);
  delete missing.id;
  await emulator.fault({ kind: 'answer', match: LICENSE, body: broken });
  await page.goto('/');
  await expect(appAlert(page)).toHaveCount(0);
  for (const userType of broken.userTypes.filter((u) => u !== missing)) {
    await expect(page.getByTestId(`usage-${String(userType.id)}`)).toBeVisible();
  }
  await expect(page.getByTestId(`usage-${missingId}`)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'did not expect' })).toContainText('userTypes[1] is {"maximumRegisteredMembers"');
  await expect(page.getByRole('status').filter({ hasText: 'did not expect' })).toContainText('could not be read as an entitlement with an id');
});
