import documented from '../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import {
  KUBERNETES_11_0_LICENSE,
  OVER_USED,
  PLACEHOLDER_LICENSE_MANAGER,
  SERVER_WITH_EXPIRATION_STRING,
} from '../lib/licensing/fixtures/issue-11-examples';
import { emulator } from './support/emulator';
import { KUBERNETES_APP } from './support/env';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';

// Issue 11, items 5, 6, 7 and 9: the license shown as the portal means it, each from the issue's own input.

const PORTAL_LICENSE = 'GET /portal/portaladmin/license$';
const KUBERNETES_LICENSE = 'GET /arcgis/admin/orgs/[^/]+/licenses?$';
const KUBERNETES_SERVER_LICENSES = 'GET /arcgis/admin/system/licenses$';

test.beforeEach(async () => {
  await emulator.reset();
});

test.describe('Kubernetes', () => {
  test.use({ baseURL: KUBERNETES_APP });

  test('item 5: the 11.0 license’s expired feature counts as expired on the overview and the timeline', async ({ page }) => {
    await emulator.fault({ kind: 'answer', match: KUBERNETES_LICENSE, body: KUBERNETES_11_0_LICENSE });
    await signInThroughForm(page);
    await expect(page.getByTestId('members-figure')).toHaveText('not reported');
    const expired = page.locator('dt', { hasText: 'Expired' }).locator('..');
    await expect(expired).toContainText('1 entitlement');
    await expect(expired).toContainText('ArcGIS GIS Server Advanced — Nov 14, 2023');
    await expect(page.getByTestId('entitlement-esriServerLicenseAdvanced')).toContainText('Expired');

    await page.goto('/expirations');
    await expect(page.getByTestId('expiry-capability:esriServerLicenseAdvanced')).toContainText('Expired');
    await expect(page.getByTestId('expiry-capability:esriServerLicenseAdvanced')).toContainText('Nov 14, 2023');
    await expect(page.getByText('Nothing in this license has an expiration date.')).toHaveCount(0);
    expect(Number(await page.getByTestId('count-expired').textContent())).toBeGreaterThanOrEqual(1);
  });

  test('item 6: a server’s expirationString date is the date shown', async ({ page }) => {
    await emulator.fault({ kind: 'answer', match: KUBERNETES_SERVER_LICENSES, body: SERVER_WITH_EXPIRATION_STRING });
    await signInThroughForm(page, undefined, '/sign-in?next=/server-licenses');
    const row = page.getByTestId('authorization-feature:esriServerLicenseAdvanced');
    await expect(row).toContainText('Oct 21, 2026');
    await expect(row).toContainText("server's own date");
    await expect(row).not.toContainText('Oct 20, 2026');
    await page.goto('/expirations');
    await expect(page.locator('[data-testid^="expiry-server:"][data-testid$="feature:esriServerLicenseAdvanced"]')).toContainText('Oct 21, 2026');
  });
});

test('item 7: over-use is said in words in the headline, the table and the chart, with the seat limit marked', async ({ page }) => {
  await emulator.fault({ kind: 'answer', match: PORTAL_LICENSE, body: OVER_USED });
  await signInThroughForm(page);
  await expect(page.getByTestId('members-figure')).toHaveText('7 of 5 — over by 2');
  await expect(page.getByTestId('usage-creatorUT')).toContainText('Over limit');
  await expect(page.getByTestId('over-creatorUT')).toHaveText('7 of 5 — over by 2');
  const marks = page.getByRole('region', { name: 'User types' }).getByTestId('seat-limit-marks');
  await expect(marks.locator('text')).toHaveText(['7 of 5 — over by 2 · 140% · Over limit']);
  await expect(marks.locator('line')).toHaveCount(1);
  await expect(marks.locator('line title')).toHaveText('Seat limit: 5');
});

test('item 7: a full bar keeps its label and every bar has its limit mark', async ({ page }) => {
  const full = {
    ...documented,
    userTypes: documented.userTypes.map((t, i) => (i === 0 ? { ...t, currentRegisteredMembers: t.maximumRegisteredMembers } : t)),
  };
  await emulator.fault({ kind: 'answer', match: PORTAL_LICENSE, body: full });
  await signInThroughForm(page);
  const first = full.userTypes[0];
  const marks = page.getByRole('region', { name: 'User types' }).getByTestId('seat-limit-marks');
  await expect(marks.locator('text')).toHaveCount(full.userTypes.length);
  await expect(
    marks.locator('text', { hasText: `${first?.maximumRegisteredMembers} of ${first?.maximumRegisteredMembers} · 100% · Full` }),
  ).toHaveCount(1);
  await expect(marks.locator('line')).toHaveCount(full.userTypes.filter((t) => t.maximumRegisteredMembers > 0).length);
});

test('item 9: a placeholder License Manager is shown as not configured', async ({ page }) => {
  await emulator.fault({ kind: 'answer', match: PORTAL_LICENSE, body: { ...documented, licenseManagerInfo: PLACEHOLDER_LICENSE_MANAGER } });
  await signInThroughForm(page, undefined, '/sign-in?next=/license-manager');
  await expect(page.getByTestId('license-manager-not-reported')).toContainText('Not configured');
  await expect(page.getByText('change.me', { exact: true })).toHaveCount(0);
});
