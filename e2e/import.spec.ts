import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, waitForCharts } from './support/axe';
import { expect, test } from './support/fixtures';
import { appAlert } from './support/alerts';
import { emulator } from './support/emulator';
import { KUBERNETES_APP } from './support/env';
import { samplePath } from './support/license-files';
import { signInThroughForm } from './support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

function fileInput(page: Page) {
  return page.getByLabel('License file', { exact: true });
}

async function validate(page: Page, sample: string): Promise<void> {
  await fileInput(page).setInputFiles(samplePath(sample));
  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(page.getByRole('heading', { name: `Preview of ${sample}` })).toBeVisible();
}

async function postsSince(seq: number): Promise<string[]> {
  return (await emulator.log(seq)).entries.filter((e) => e.method === 'POST').map((e) => e.path);
}

test('a renewal: validate, read the preview, import, and the overview shows the new figures', async ({ page }) => {
  await signInThroughForm(page);
  await page.getByRole('banner').getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import license', level: 1 })).toBeVisible();
  await validate(page, 'portal-renewal.json');

  const creator = page.getByTestId('diff-userType:creatorUT');
  await expect(creator).toContainText('Creator');
  await expect(creator).toContainText('More seats');
  await expect(creator).toContainText('Renewed');
  await expect(creator.getByRole('cell').nth(2)).toHaveText('200');
  await expect(creator.getByRole('cell').nth(3)).toHaveText('250');
  await expect(creator.getByRole('cell').nth(4)).toHaveText('53');
  await expect(page.getByTestId('diff-app:QuickCapture')).toContainText('Added');
  await expect(page.getByTestId('diff-app:QuickCapture')).toContainText('ArcGIS QuickCapture');
  await expect(page.getByTestId('diff-extension:advediting')).toContainText('Unchanged');
  await expect(page.getByText('No warnings: this file takes away nothing members use')).toBeVisible();
  await expect(page.getByTestId('member-limit')).toHaveText('Members: 1,400 → 1,450');
  // Creator goes up again later in the file: the schedule shows it.
  await expect(page.getByTestId('file-change-userType:creatorUT')).toContainText('250 → 300');

  await page.getByRole('button', { name: 'Import license' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import this license?' });
  await expect(dialog).toContainText('The preview found nothing to warn about.');
  await dialog.getByRole('button', { name: 'Import license' }).click();
  await expect(page.getByText('Imported portal-renewal.json.')).toBeVisible();

  await page.getByRole('link', { name: 'Open the overview' }).click();
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,450');
  await expect(page.getByTestId('usage-creatorUT').getByRole('cell').nth(2)).toHaveText('250');
  await expect(page.getByTestId('usage-QuickCapture')).toContainText('ArcGIS QuickCapture');
});

test('the shrink warns that Creator seats fall below the members using them; the confirmation repeats it; cancel sends nothing', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/import');
  await validate(page, 'portal-shrink.json');
  const { lastSeq } = await emulator.log();

  await expect(page.getByTestId('warning-over-use')).toHaveText('Creator: 40 seats, 53 members assigned — 13 over');
  await expect(page.getByTestId('warning-removed-in-use')).toHaveText(
    'ArcGIS Insights: 12 members assigned, and the new license does not include it',
  );
  await expect(page.getByTestId('warning-expires-soon')).toContainText('This license file expires on');
  await expect(page.getByTestId('warning-version')).toHaveText('This file is for ArcGIS Enterprise 11.3; the portal runs 11.4.');
  await expect(page.getByTestId('diff-userType:creatorUT')).toContainText('Fewer seats');
  await expect(page.getByTestId('diff-app:Insights')).toContainText('Removed');
  await waitForCharts(page);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Import license' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import this license?' });
  await expect(dialog).toContainText('Creator: 40 seats, 53 members assigned — 13 over');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('heading', { name: '1. Validate the file' })).toBeVisible();
  await expect(fileInput(page)).toHaveValue('');

  expect((await emulator.log(lastSeq)).entries).toEqual([]);
  await page.goto('/');
  await expect(page.getByTestId('usage-creatorUT').getByRole('cell').nth(2)).toHaveText('200');
});

test('the wrong kind of file and an empty one are refused before anything is sent', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/import');
  const { lastSeq } = await emulator.log();
  await fileInput(page).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my notes') });
  await expect(page.getByText('“notes.txt” is not a .json or .prvc file.')).toBeVisible();
  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(fileInput(page)).toHaveAttribute('aria-invalid', 'true');
  await fileInput(page).setInputFiles({ name: 'license.json', mimeType: 'application/json', buffer: Buffer.alloc(0) });
  await expect(page.getByText('“license.json” is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(page.getByText('“license.json” is empty.')).toBeVisible();
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('garbage is refused by the dashboard; a file the portal refuses shows the portal’s words', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/import');
  const { lastSeq } = await emulator.log();
  await fileInput(page).setInputFiles(samplePath('garbage.json'));
  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(page.getByText('“garbage.json” is not a license file: its content is not a JSON object.')).toBeVisible();
  expect(await postsSince(lastSeq)).toEqual([]);

  await fileInput(page).setInputFiles(samplePath('portal-expired.json'));
  await page.getByRole('button', { name: 'Validate' }).click();
  const alert = appAlert(page);
  await expect(alert).toContainText('Unable to validate the license file.');
  await expect(alert).toContainText('The license file expired on');
  await expect(page.getByRole('heading', { name: /Preview of/ })).toHaveCount(0);
  expect(await postsSince(lastSeq)).toEqual(['/portaladmin/license/validateLicense']);
});

test('a large file shows its upload progress, then that the portal is checking it', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/import');
  // The portal takes its time, so the "sent, now validating" state stays on screen.
  await emulator.setLatency(1500);
  const padded = Buffer.from(JSON.stringify({ note: 'a JSON file that is not a license', pad: 'x'.repeat(4_500_000) }));
  await fileInput(page).setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: padded });
  await page.getByRole('button', { name: 'Validate' }).click();
  const progress = page.getByTestId('upload-progress');
  await expect(progress).toContainText('File sent (4.3 MB). The portal is validating it…');
  await expect(progress.getByRole('progressbar', { name: 'Upload progress' })).toHaveJSProperty('value', 100);
  await expect(appAlert(page)).toContainText('The file is not an ArcGIS license file.');
});

test('cancel while the portal is validating: no preview arrives later, and nothing is imported', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/import');
  const { lastSeq } = await emulator.log();
  await emulator.setLatency(1500);
  await fileInput(page).setInputFiles(samplePath('portal-renewal.json'));
  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(page.getByRole('button', { name: 'Validating…' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  await expect(page.getByRole('button', { name: 'Validate' })).toBeEnabled();
  await expect(fileInput(page)).toHaveValue('');
  // The portal's answer to the abandoned validation comes and goes: the page stays where it is.
  await expect.poll(() => postsSince(lastSeq)).toEqual(['/portaladmin/license/validateLicense']);
  await page.waitForTimeout(2_000);
  await expect(page.getByRole('heading', { name: /Preview of/ })).toHaveCount(0);
  await expect(appAlert(page)).toHaveCount(0);
  expect(await postsSince(lastSeq)).toEqual(['/portaladmin/license/validateLicense']);
});

test.describe('Enterprise on Kubernetes', () => {
  test.use({ baseURL: KUBERNETES_APP });

  test('Kubernetes: the schedule’s step chart with today marked, the preview against the step in force, then the import', async ({ page }) => {
    await signInThroughForm(page, undefined, '/sign-in?next=/import');
    await expect(page.getByText('ArcGIS Enterprise on Kubernetes has no Populate License operation')).toBeVisible();
    await validate(page, 'kubernetes-schedule.json');

    // Today Creator has 200 seats in the file (300 only later): the preview compares with 200.
    const creator = page.getByTestId('diff-userType:creatorUT');
    await expect(creator.getByRole('cell').nth(3)).toHaveText('200');
    await expect(creator).toContainText('Renewed');
    await expect(page.getByTestId('diff-userType:storytellerUT')).toContainText('Added');
    await expect(page.getByTestId('diff-userType:storytellerUT')).toContainText(/From \w{3} \d{1,2}, \d{4}/);

    const chart = page.getByRole('img', { name: /Step chart of Creator's seats over time/ });
    await expect(chart.getByText(/^Today, /)).toBeVisible();
    await expect(chart.locator('.recharts-line-curve')).toBeVisible();
    const steps = page.getByRole('table', { name: 'Steps of Creator' });
    await expect(steps.locator('tbody tr')).toHaveCount(3);
    await expect(steps.locator('tbody tr').nth(0)).toContainText('In force now');
    await expect(steps.locator('tbody tr').nth(1)).toContainText('300');
    await expect(steps.locator('tbody tr').nth(2)).toContainText('Ends');
    await page.getByLabel('Entitlement', { exact: true }).selectOption({ label: 'ArcGIS Pro (App) · changes' });
    await expect(page.getByRole('table', { name: 'Steps of ArcGIS Pro' }).locator('tbody tr').nth(1)).toContainText('2,000');

    await page.getByRole('button', { name: 'Import license' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Import license' }).click();
    await expect(page.getByText('Imported kubernetes-schedule.json.')).toBeVisible();
    await page.getByRole('link', { name: 'Open the overview' }).click();
    // The file renews the two StreetMaps that had expired: nothing has expired any more.
    await expect(page.locator('dt', { hasText: 'Expired' }).locator('..')).toContainText('None');
  });
});

test('populate license asks first; cancel sends nothing, confirm sends populateLicense', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/import');
  const { lastSeq } = await emulator.log();
  await page.getByRole('button', { name: 'Populate license' }).click();
  const dialog = page.getByRole('dialog', { name: 'Populate the license?' });
  await expect(dialog).toContainText('after creating or upgrading the portal');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await postsSince(lastSeq)).toEqual([]);
  await page.getByRole('button', { name: 'Populate license' }).click();
  await dialog.getByRole('button', { name: 'Populate license' }).click();
  await expect(page.getByText('The portal applied its license again')).toBeVisible();
  expect(await postsSince(lastSeq)).toEqual(['/portaladmin/license/populateLicense']);
});

test('the admin’s words: operation and field names only inside the closed technical details', async ({ page }) => {
  await signInThroughForm(page, undefined, '/sign-in?next=/import');
  const main = page.getByRole('main');
  for (const name of ['validateLicense', 'importLicense', 'populateLicense']) await expect(main.getByText(name, { exact: true })).toBeHidden();
  await fileInput(page).focus();
  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(page.getByText('Choose a license file.', { exact: true })).toBeVisible();
  await page.getByRole('region', { name: '1. Validate the file' }).getByText('Technical details').click();
  await expect(main.getByText('validateLicense', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Populate license' }).click();
  await page.getByRole('dialog', { name: 'Populate the license?' }).getByRole('button', { name: 'Populate license' }).click();
  await expect(page.getByRole('region', { name: 'Populate license' }).getByRole('status')).toHaveText('Done: The portal applied its license again.');
  await expect(main.getByText('populateLicense', { exact: true })).toBeHidden();
});
