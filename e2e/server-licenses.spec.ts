import { appAlert } from './support/alerts';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { KUBERNETES_APP } from './support/env';
import { samplePath } from './support/license-files';
import { signInThroughForm } from './support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

test('base portal: every federated server with its authorizations; the one out of reach says why', async ({ page }) => {
  await signInThroughForm(page);
  await page.getByRole('banner').getByRole('link', { name: 'Server licenses' }).click();
  await expect(page.getByRole('heading', { name: 'Server licenses', level: 1 })).toBeVisible();
  const hosting = page.getByRole('region', { name: 'gis.example.com:6443', exact: true });
  await expect(hosting).toContainText('Hosting server');
  await expect(hosting.getByTestId('authorization-extension:networkserver')).toContainText('Network Analyst');
  await expect(hosting.getByTestId('authorization-extension:networkserver')).toContainText('≤ 90 days');
  const image = page.getByRole('region', { name: 'image.example.com:6443', exact: true });
  await expect(image.getByTestId('authorization-feature:esriImageServer')).toContainText('≤ 30 days');
  const gone = page.getByRole('region', { name: 'gis-old.example.com:6443', exact: true });
  await expect(gone.getByRole('alert')).toContainText('Cannot reach http://127.0.0.1:2: connection refused.');
  await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);
});

test.describe('Kubernetes 11.0 and later', () => {
  test.use({ baseURL: KUBERNETES_APP });

  test('one license file for the deployment: no server import form, and the way to the import page', async ({ page }) => {
    await signInThroughForm(page, undefined, '/sign-in?next=/server-licenses');
    await expect(page.getByRole('table', { name: 'Authorizations of ArcGIS Server (this deployment)' })).toBeVisible();
    await expect(page.getByTestId('server-import-consolidated')).toContainText('From ArcGIS Enterprise on Kubernetes 11.0');
    await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);
    await page.getByRole('link', { name: 'import the new license file' }).click();
    await expect(page).toHaveURL(/\/import$/);
  });
});

test.describe('Kubernetes before 11.0 (importServerLicenses is current)', () => {
  test.use({ baseURL: KUBERNETES_APP });
  test.beforeEach(async () => {
    await emulator.reset({ profile: 'kubernetes-10.9.1' });
  });

  test('append: the file’s authorizations join the current ones and the table refreshes', async ({ page }) => {
    await signInThroughForm(page, undefined, '/sign-in?next=/server-licenses');
    const table = page.getByRole('table', { name: 'Authorizations of ArcGIS Server (this deployment)' });
    await expect(table.getByTestId('authorization-edition:svradvanced')).toContainText('ArcGIS GIS Server Advanced');
    await expect(table.getByTestId('authorization-extension:3dserver')).toHaveCount(0);
    await expect(page.getByLabel('Append to current authorizations')).toBeChecked();
    await page.getByLabel('License file', { exact: true }).setInputFiles(samplePath('server-authorization.prvc'));
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByText('Appended the file’s authorizations.')).toBeVisible();
    await expect(table.getByTestId('authorization-extension:3dserver')).toContainText('3D Analyst');
    await expect(table.getByTestId('authorization-feature:esriServerSDEEnterprise')).toBeVisible();
    // What the append did, read back from the server: added, changed, nothing removed.
    await expect(page.getByTestId('import-added')).toHaveText(/^3D Analyst \(server extension\), expires \w{3} \d{1,2}, \d{4} \(UTC\)$/);
    await expect(page.getByTestId('import-changed')).toContainText(
      /Spatial Analyst \(server extension\): expires \w{3} \d{1,2}, \d{4} → \w{3} \d{1,2}, \d{4}/,
    );
    await expect(page.getByTestId('import-removed')).toHaveCount(0);
  });

  test('replace needs a second confirmation that lists what goes; cancel sends nothing', async ({ page }) => {
    await signInThroughForm(page, undefined, '/sign-in?next=/server-licenses');
    const { lastSeq } = await emulator.log();
    await page.getByLabel('License file', { exact: true }).setInputFiles(samplePath('server-authorization.prvc'));
    await page.getByLabel('Replace current authorizations').check();
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace the current authorizations?' });
    const removed = dialog.getByRole('list', { name: 'Authorizations that will be removed' });
    await expect(removed).toContainText('Enterprise Geodatabase Support');
    await expect(removed).toContainText('Network Analyst');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    const posts = async () => (await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST');
    expect(await posts()).toEqual([]);

    await page.getByRole('button', { name: 'Import' }).click();
    await dialog.getByRole('button', { name: 'Replace with server-authorization.prvc' }).click();
    await expect(page.getByText('Replaced the authorizations with the file’s.')).toBeVisible();
    await expect(page.getByTestId('import-removed')).toContainText('Enterprise Geodatabase Support (server feature)');
    await expect(page.getByTestId('import-removed')).toContainText('Network Analyst (server extension)');
    const table = page.getByRole('table', { name: 'Authorizations of ArcGIS Server (this deployment)' });
    await expect(table.getByTestId('authorization-feature:esriServerSDEEnterprise')).toHaveCount(0);
    await expect(table.getByTestId('authorization-extension:3dserver')).toBeVisible();
    expect((await posts()).map((e) => [e.path, e.params.overwrite])).toEqual([['/admin/system/licenses/importServerLicenses', 'true']]);
  });

  test('a file of the wrong kind is refused before it is sent', async ({ page }) => {
    await signInThroughForm(page, undefined, '/sign-in?next=/server-licenses');
    const { lastSeq } = await emulator.log();
    await page.getByLabel('License file', { exact: true }).setInputFiles(samplePath('portal-renewal.json'));
    await expect(page.getByText('“portal-renewal.json” is not a .epc or .prvc file.')).toBeVisible();
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await emulator.log(lastSeq)).entries).toEqual([]);
  });

  test('an answer other than success is a failure in the server’s words; API names only in the details', async ({ page }) => {
    await signInThroughForm(page, undefined, '/sign-in?next=/server-licenses');
    const section = page.getByRole('region', { name: 'Import a server license file' });
    await expect(section.getByText('importServerLicenses', { exact: true })).toBeHidden();
    await expect(section.getByText('licenseFile', { exact: true })).toBeHidden();
    await section.getByText('Technical details').click();
    await expect(section.getByText('importServerLicenses', { exact: true })).toBeVisible();

    await emulator.fault({
      kind: 'answer',
      match: '^POST /arcgis/admin/system/licenses/importServerLicenses$',
      times: 1,
      body: { status: 'failed', messages: ['The authorization file could not be applied.'] },
    });
    await page.getByLabel('License file', { exact: true }).setInputFiles(samplePath('server-authorization.prvc'));
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(appAlert(page)).toContainText('The authorization file could not be applied.');
    await expect(page.getByText('Appended the file’s authorizations.')).toHaveCount(0);
    const table = page.getByRole('table', { name: 'Authorizations of ArcGIS Server (this deployment)' });
    await expect(table.getByTestId('authorization-extension:3dserver')).toHaveCount(0);
  });
});
