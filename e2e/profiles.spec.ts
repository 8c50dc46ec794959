import type { Page } from '@playwright/test';
import { PAGES } from '../lib/pages';
import { appAlert } from './support/alerts';
import { emulator, type LoggedRequest, type ProfileName } from './support/emulator';
import { ADMIN, KUBERNETES_APP, PORTAL_APP } from './support/env';
import { expect, test } from './support/fixtures';

// Every page against every version the demo portal can answer as (emulator/profiles/table.ts):
// each renders without an error panel, shows what that version can do, and the dashboard's
// requests use that version's paths and parameters. One sign-in per profile.

const ORG = '/arcgis/admin/orgs/0123456789ABCDEF';

interface VersionTruth {
  profile: ProfileName;
  /** The version the overview shows. */
  version: string;
  /** What the release form offers (none: no form). */
  offered: string[];
  /** Apps the release page withholds, each with the version its notice names. */
  withheld: Record<string, string>;
  /** The License Manager the page shows (a host, or null for "not configured"). */
  licenseManager: string | null;
  /** Release the first offline ArcGIS Pro license from the table, and expect these parameters. */
  releaseSends?: string[];
  /** Requests ("<METHOD> <context><path>") the pages must have sent. */
  sent: string[];
}

const BASE_SENT = ['GET /portal/portaladmin', 'GET /portal/portaladmin/license', 'GET /portal/portaladmin/license/getFutureLicense'];
const KUBERNETES_SENT = ['GET /arcgis/admin', 'GET /arcgis/admin/orgs', `GET ${ORG}/license`, 'GET /arcgis/admin/system/licenses'];
const NEEDS_11_0 = 'needs ArcGIS Enterprise 11.0 or later';
const NEEDS_11_3 = 'needs ArcGIS Enterprise on Kubernetes 11.3 or later';
const NEEDS_11_5 = 'needs ArcGIS Enterprise 11.5 or later';
const PRIMARY = 'licensemanager.example.com';

const BASE: VersionTruth[] = [
  {
    profile: 'portal-10.8.1',
    version: '10.8.1',
    offered: ['ArcGIS Pro'],
    withheld: { 'ArcGIS Drone2Map': NEEDS_11_0 },
    licenseManager: PRIMARY,
    releaseSends: ['f', 'token', 'username'],
    sent: BASE_SENT,
  },
  {
    profile: 'portal-10.9.1',
    version: '10.9.1',
    offered: ['ArcGIS Pro'],
    withheld: { 'ArcGIS Drone2Map': NEEDS_11_0 },
    licenseManager: PRIMARY,
    releaseSends: ['f', 'token', 'username'],
    sent: BASE_SENT,
  },
  {
    profile: 'portal-11.1',
    version: '11.1',
    offered: ['ArcGIS Pro', 'ArcGIS Drone2Map'],
    withheld: { 'ArcGIS AllSource': NEEDS_11_5 },
    licenseManager: PRIMARY,
    releaseSends: ['appId', 'f', 'token', 'username'],
    sent: BASE_SENT,
  },
  {
    profile: 'portal-11.4',
    version: '11.4',
    offered: ['ArcGIS Pro', 'ArcGIS Drone2Map'],
    withheld: { 'ArcGIS AllSource': NEEDS_11_5 },
    licenseManager: PRIMARY,
    sent: BASE_SENT,
  },
  {
    profile: 'portal-11.5',
    version: '11.5',
    offered: ['ArcGIS Pro', 'ArcGIS Drone2Map', 'ArcGIS AllSource'],
    withheld: {},
    licenseManager: null,
    sent: BASE_SENT,
  },
];

const KUBERNETES: VersionTruth[] = [
  {
    profile: 'kubernetes-10.9.1',
    version: '10.9.1',
    offered: [],
    withheld: { 'ArcGIS Pro': NEEDS_11_3, 'ArcGIS Drone2Map': NEEDS_11_3 },
    licenseManager: null,
    sent: KUBERNETES_SENT,
  },
  {
    profile: 'kubernetes-11.0',
    version: 'not reported',
    offered: [],
    withheld: { 'ArcGIS Pro': NEEDS_11_3, 'ArcGIS Drone2Map': NEEDS_11_3 },
    licenseManager: null,
    sent: KUBERNETES_SENT,
  },
  {
    profile: 'kubernetes-11.3',
    version: '11.3',
    offered: ['ArcGIS Pro', 'ArcGIS Drone2Map'],
    withheld: { 'ArcGIS AllSource': NEEDS_11_5 },
    licenseManager: PRIMARY,
    releaseSends: ['appId', 'f', 'token', 'username'],
    sent: KUBERNETES_SENT,
  },
];

// The seeded federated server nobody can reach (emulator README): named on the page as an error, by design.
const OUT_OF_REACH = /gis-old\.example\.com/;

/** Signs in through the form; on a machine this busy the first sign-in may take longer than an expectation's default. */
async function signIn(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 30_000 });
}

/** Opens a dashboard page and waits for its data: its heading, then no error panel. */
async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(appAlert(page).filter({ hasNotText: OUT_OF_REACH }), `an error panel on ${path}`).toHaveCount(0);
}

async function checkReleasePage(page: Page, truth: VersionTruth): Promise<void> {
  const application = page.getByLabel('Application');
  if (truth.offered.length === 0) await expect(application).toHaveCount(0);
  else await expect(application.locator('option')).toHaveText(truth.offered);
  for (const [app, needs] of Object.entries(truth.withheld)) {
    await expect(page.getByRole('status').filter({ hasText: `${app} is not offered here.` })).toContainText(needs);
  }
}

async function releaseFirstPro(page: Page): Promise<LoggedRequest[]> {
  const { lastSeq } = await emulator.log();
  const release = page.getByRole('button', { name: /^Release ArcGIS Pro for / }).first();
  const name = await release.getAttribute('aria-label');
  await release.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  await expect(page.getByText(`Released ArcGIS Pro for ${name?.replace('Release ArcGIS Pro for ', '')}`)).toBeVisible();
  return (await emulator.log(lastSeq)).entries.filter((e) => e.path.endsWith('/releaseLicense'));
}

function describeProfiles(truths: VersionTruth[], baseURL: string): void {
  for (const truth of truths) {
    test.describe(truth.profile, () => {
      test.use({ baseURL });

      test(`every page renders as ${truth.profile} answers, with its paths and parameters`, async ({ page }) => {
        test.setTimeout(180_000);
        await emulator.reset({ profile: truth.profile });
        await signIn(page);

        for (const { path } of Object.values(PAGES)) {
          await test.step(path, async () => {
            await openPage(page, path);
            if (path === PAGES.overview.path) await expect(page.locator('main')).toContainText(truth.version);
            if (path === PAGES.release.path) await checkReleasePage(page, truth);
            if (path === PAGES['license-manager'].path) {
              if (truth.licenseManager) await expect(page.getByTestId('license-manager-primary')).toHaveText(truth.licenseManager);
              else await expect(page.getByTestId('license-manager-not-reported')).toBeVisible();
            }
          });
        }

        // The reset emptied the log: this is everything the dashboard sent, sign-in included.
        const sent = (await emulator.log()).entries.map((e) => `${e.method} ${e.context}${e.path}`);
        expect(sent).toEqual(expect.arrayContaining(truth.sent));
        if (truth.offered.length === 0) expect(sent.filter((s) => s.endsWith('/releaseLicense'))).toEqual([]);

        if (truth.releaseSends) {
          await openPage(page, PAGES.release.path);
          const posts = await releaseFirstPro(page);
          expect(posts).toHaveLength(1);
          expect(Object.keys(posts[0]?.params ?? {}).sort()).toEqual(truth.releaseSends);
          expect(posts[0]?.tokenIn).toBe('body');
        }
      });
    });
  }
}

test.afterAll(async () => {
  await emulator.reset();
});

describeProfiles(BASE, PORTAL_APP);
describeProfiles(KUBERNETES, KUBERNETES_APP);
