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

test('an answer with a field of the wrong type names the field', async ({ page }) => {
  const broken = structuredClone(documented) as typeof documented & { userTypes: Record<string, unknown>[] };
  (broken.userTypes[1] as Record<string, unknown>).maximumRegisteredMembers = 'two hundred';
  await emulator.fault({ kind: 'answer', match: LICENSE, body: broken });
  await page.goto('/');
  const alert = appAlert(page);
  await expect(alert).toContainText('The portal answered in a shape the dashboard cannot read');
  await expect(alert).toContainText('userTypes[1].maximumRegisteredMembers');
});
