import { createHash, randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { z } from 'zod';
import { DEMO_OAUTH_APP } from '../emulator/seed';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { ADMIN, KUBERNETES_URL, NON_ADMIN, PORTAL_URL } from './support/env';
import { freshDataDir, instancePort, sqliteRows, startInstance, type Instance } from './support/instances';

// Issue 15 end to end: a dashboard serving two portals (the demo's base portal with OAuth, its
// Kubernetes deployment with a password), one admin signed in to both at once, and the OAuth flow's
// refusals as a browser meets them. Its own dashboard: the shared ones serve one portal each.

const PORT = instancePort(7);
const DASHBOARD = `http://127.0.0.1:${PORT}`;
const PORTALS = [
  { id: 'base', name: 'Base portal', url: PORTAL_URL, clientId: DEMO_OAUTH_APP.clientId },
  // Its own built-in account for the collector, its password in a variable of the dashboard's environment.
  { id: 'k8s', name: 'Kubernetes deployment', url: KUBERNETES_URL, collector: { username: ADMIN.username, passwordEnv: 'K8S_COLLECTOR_PASSWORD' } },
  // Nothing listens there (connection refused at once): the fleet page says it is out of reach of a sign-in.
  { id: 'old', name: 'Old portal', url: 'http://127.0.0.1:2/portal' },
];
const CALLBACK = `${DASHBOARD}/api/session/oauth/callback`;

const GrantRow = z.object({ username: z.string(), granted_by: z.string(), sealed: z.string() });

let instance: Instance;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = freshDataDir('oauth-portals');
  instance = await startInstance(PORT, { ARCGIS_PORTALS: JSON.stringify(PORTALS), DATA_DIR: dataDir, K8S_COLLECTOR_PASSWORD: ADMIN.password });
});

test.afterAll(async () => {
  await instance.stop();
});

test.beforeEach(async () => {
  await emulator.reset();
  await emulator.registerRedirectUris([DASHBOARD]);
});

async function newPage(browser: import('@playwright/test').Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: DASHBOARD });
  return { context, page: await context.newPage() };
}

/** The sign-in page's problem notice (Next's route announcer is an alert too). */
function problemAlert(page: Page) {
  return page.locator('main').getByRole('alert');
}

/** At the portal's own sign-in page (the emulator's), as the admin would type there. */
async function signInAtPortal(page: Page, credentials = ADMIN): Promise<void> {
  await expect(page).toHaveTitle(/^Sign In/);
  await page.getByLabel('Username').fill(credentials.username);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign In' }).click();
}

test('one admin, two portals: OAuth to the base portal, a password to Kubernetes, a release on each, the token renewed on the way', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // An access token that is within the renewal margin (2 minutes) a second after it is issued.
  await emulator.setOAuthLifetimes({ accessSeconds: 121 });
  const { context, page } = await newPage(browser);

  await page.goto('/release?portal=base');
  await expect(page).toHaveURL(/\/sign-in\?portal=base&next=%2Frelease/);
  await page.getByRole('link', { name: 'Sign in with Base portal' }).click();
  await signInAtPortal(page);
  await expect(page).toHaveURL(`${DASHBOARD}/release?portal=base`);
  await expect(page.getByRole('button', { name: /^Portal: Base portal/ })).toBeVisible();

  const { lastSeq } = await emulator.log();
  await page.getByRole('button', { name: 'Release ArcGIS Pro for lkumar' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Released ArcGIS Pro for lkumar' })).toBeVisible();
  const sent = (await emulator.log(lastSeq)).entries;
  expect(sent.filter((e) => e.path.endsWith('/releaseLicense')).map((e) => `${e.context}${e.path}`)).toEqual([
    '/portal/portaladmin/license/releaseLicense',
  ]);
  // The page's reads and the release came after the access token entered its last two minutes: renewed, never a new sign-in.
  expect(sent.some((e) => e.path === '/sharing/rest/oauth2/token' && e.params.grant_type === 'refresh_token')).toBe(true);
  expect(sent.some((e) => e.path === '/sharing/rest/oauth2/authorize')).toBe(false);

  // The switcher offers the other portal, not signed in yet: its sign-in, and back to this page there.
  await page.getByRole('button', { name: /^Portal: Base portal/ }).click();
  await page.getByRole('link', { name: /Kubernetes deployment.*Not signed in/ }).click();
  await expect(page).toHaveURL(/\/sign-in\?portal=k8s&next=%2Frelease/);
  await expect(page.getByRole('link', { name: /^Sign in with/ })).toHaveCount(0);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(`${DASHBOARD}/release?portal=k8s`);
  await expect(page.getByRole('button', { name: /^Portal: Kubernetes deployment/ })).toBeVisible();
  const before = (await emulator.log()).lastSeq;
  await page.getByRole('button', { name: 'Release ArcGIS Drone2Map for tsilva' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  await expect(page.getByText('Released ArcGIS Drone2Map for tsilva')).toBeVisible();
  expect((await emulator.log(before)).entries.filter((e) => e.path.endsWith('/releaseLicense')).map((e) => `${e.context}${e.path}`)).toEqual([
    '/arcgis/admin/orgs/0123456789ABCDEF/license/releaseLicense',
  ]);

  // Both sessions at once: the base portal still answers as the OAuth admin, in the same browser.
  await page.goto('/release?portal=base');
  await expect(page.getByRole('button', { name: /^Portal: Base portal/ })).toBeVisible();
  await expect(page.getByTestId('checkout-arcgisprodesktop-lkumar')).toHaveCount(0);

  // The fleet page: both portals with their figures, each linking to its overview; the third not signed in.
  await page.getByRole('link', { name: 'Portals', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Portals', level: 1 })).toBeVisible();
  const card = (name: string) => page.getByRole('region', { name });
  for (const name of ['Base portal', 'Kubernetes deployment']) {
    await expect(card(name).getByTestId('portal-state')).toHaveText('Reachable');
    await expect(card(name).getByTestId('portal-members')).toContainText(/\d+ of [\d,]+/);
    await expect(card(name).getByTestId('portal-next-expiration')).not.toBeEmpty();
  }
  await expect(card('Base portal').getByTestId('portal-checked-out')).toContainText('6 licenses');
  // The Kubernetes deployment's collector signs in with the account its entry names; the base portal's has none yet.
  await expect(card('Kubernetes deployment').getByTestId('portal-collector')).toContainText(`Signs in as ${ADMIN.username}, its built-in account.`);
  await expect(card('Base portal').getByTestId('portal-collector')).toContainText('Has no way to sign in');
  await expect(card('Old portal').getByTestId('portal-state')).toHaveText('Not signed in');
  await expect(card('Old portal').getByRole('link', { name: 'Sign in to Old portal' })).toHaveAttribute(
    'href',
    '/sign-in?portal=old&next=%2Fportals',
  );
  await card('Kubernetes deployment').getByRole('link', { name: 'Open overview of Kubernetes deployment' }).click();
  await expect(page).toHaveURL(`${DASHBOARD}/?portal=k8s`);
  await expect(page.getByRole('heading', { name: 'License overview', level: 1 })).toBeVisible();

  // The audit log of each portal says how its admin signed in.
  await page.goto('/audit?portal=base&action=sign-in');
  await expect(page.getByRole('table')).toContainText('ArcGIS OAuth 2.0');
  await page.goto('/audit?portal=k8s&action=sign-in');
  await expect(page.getByRole('table')).toContainText('username and password');
  await expect(page.getByRole('table')).not.toContainText('ArcGIS OAuth 2.0');

  const cookies = await context.cookies();
  expect(
    cookies
      .map((c) => c.name)
      .filter((name) => name.startsWith('license_dashboard_session'))
      .sort(),
  ).toEqual(['license_dashboard_session.base', 'license_dashboard_session.k8s']);
  expect(cookies.every((c) => !c.name.startsWith('license_dashboard_session') || c.httpOnly)).toBe(true);

  // A link naming a portal the dashboard does not serve never shows another one's data.
  await page.goto('/members?portal=prod');
  await expect(page).toHaveURL(/\/portals\?unknown=prod$/);
  await expect(page.getByText('No portal "prod" in this dashboard')).toBeVisible();

  // Signing out of one portal leaves the other session as it is.
  await page.goto('/?portal=base');
  await expect(page.getByTestId('page-portal')).toContainText('On Base portal');
  await expect(page).toHaveTitle('Overview · Base portal · License dashboard');
  const beforeSignOut = (await emulator.log()).lastSeq;
  await page.getByRole('button', { name: 'Sign out of Base portal' }).click();
  await expect(page).toHaveURL(/\/sign-in\?portal=base$/);
  // The OAuth session's refresh token ends with it, at the portal, once.
  await expect
    .poll(async () => (await emulator.log(beforeSignOut)).entries.filter((e) => e.path === '/sharing/rest/oauth2/revokeToken').map((e) => e.context))
    .toEqual(['/portal']);
  // The sign-in page says which other portal still has a session, and goes straight to it.
  const others = page.getByRole('navigation', { name: 'Other portals' });
  await expect(others).toContainText('Kubernetes deployment (signed in)');
  await expect(others).not.toContainText('Old portal (signed in)');
  await others.getByRole('link', { name: 'Kubernetes deployment' }).click();
  await expect(page).toHaveURL(`${DASHBOARD}/?portal=k8s`);
  await expect(page.getByRole('heading', { name: 'License overview', level: 1 })).toBeVisible();
  await expect(page.getByTestId('page-portal')).toContainText('On Kubernetes deployment');
  await expect(page).toHaveTitle('Overview · Kubernetes deployment · License dashboard');
  await context.close();
});

test('a read the portal refuses with 498 renews the OAuth token once and the page shows, without a new sign-in', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  await page.goto('/sign-in?portal=base');
  await page.getByRole('link', { name: 'Sign in with Base portal' }).click();
  await signInAtPortal(page);
  await expect(page).toHaveURL(`${DASHBOARD}/?portal=base`);
  // The portal refuses the access token once, as ArcGIS does (HTTP 200, code 498); the refresh token still renews.
  await emulator.fault({
    kind: 'answer',
    match: '^GET /portal/portaladmin/license$',
    times: 1,
    body: { error: { code: 498, message: 'Invalid token.', details: [] } },
  });
  const { lastSeq } = await emulator.log();
  await page.goto('/?portal=base');
  await expect(page.getByRole('heading', { name: 'License overview', level: 1 })).toBeVisible();
  const sent = (await emulator.log(lastSeq)).entries;
  expect(sent.filter((e) => e.path === '/sharing/rest/oauth2/token').map((e) => e.params.grant_type)).toEqual(['refresh_token']);
  expect(sent.filter((e) => e.path === '/portaladmin/license').length).toBeGreaterThanOrEqual(2);
  await context.close();
});

test('an admin lends the collector an OAuth sign-in: it collects as them, exchanges its own refresh token, and stops when told', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await newPage(browser);
  await page.goto('/sign-in?portal=base&next=%2Fportals');
  await page.getByRole('link', { name: 'Sign in with Base portal' }).click();
  await signInAtPortal(page);
  await expect(page).toHaveURL(`${DASHBOARD}/portals?portal=base`);
  const collector = page.getByRole('region', { name: 'Base portal' }).getByTestId('portal-collector');
  // No built-in collector account in this dashboard: the base portal has no collector until an admin lends one.
  await expect(collector).toContainText('Has no way to sign in');
  await expect(collector).toContainText('No run yet.');
  await expect(page.getByRole('region', { name: 'Kubernetes deployment' })).toHaveCount(1);

  // Refresh tokens of an hour from now on: less than a day, so the collector exchanges its own at its first run.
  await emulator.setOAuthLifetimes({ refreshSeconds: 3600 });
  const { lastSeq } = await emulator.log();
  await collector.getByRole('button', { name: 'Let the collector sign in as me on Base portal' }).click();
  await signInAtPortal(page);
  await expect(page).toHaveURL(`${DASHBOARD}/portals#portal-base`);
  await expect(collector).toContainText(`Signs in as ${ADMIN.username}, with a sign-in ${ADMIN.username} lent it on`);
  // Its first run starts at once: the card says so once it is recorded.
  await expect(async () => {
    await page.reload();
    await expect(collector).toContainText(/Last run .* UTC: collected/, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });

  // An hour is less than the collection interval: the card warns that the sign-in would end between runs.
  await expect(collector).toContainText(/refresh tokens of only (59|60) min, less than the collection interval \(6 h\)/);

  const sent = (await emulator.log(lastSeq)).entries;
  const authorize = sent.filter((e) => e.path === '/sharing/rest/oauth2/authorize');
  expect(authorize.map((e) => e.params.expiration)).toEqual(['129600']);
  const grants = sent.filter((e) => e.path === '/sharing/rest/oauth2/token');
  expect(grants.map((e) => e.params.grant_type)).toEqual(['authorization_code', 'exchange_refresh_token']);
  expect(grants[1]?.params.redirect_uri).toBe(CALLBACK);
  // Signed in with the exchanged token, it took a snapshot of its own and read the members inventory.
  const collected = `select count(*) as n from snapshots s join portals p on p.id = s.portal_id where s.source = 'collector' and p.url = '${PORTAL_URL}'`;
  expect(sqliteRows(dataDir, collected, z.object({ n: z.number() }))).toEqual([{ n: 1 }]);
  expect(sent.some((e) => e.path.endsWith('/users/search'))).toBe(true);
  // The grant is kept sealed: the store holds no token in clear.
  const grantRows = sqliteRows(dataDir, 'select username, granted_by, sealed from collector_grants', GrantRow);
  expect(grantRows).toEqual([{ username: ADMIN.username, granted_by: ADMIN.username, sealed: expect.stringMatching(/^Fe26\.2\*/) }]);
  for (const token of await emulator.everyTokenIssued()) expect(grantRows[0]?.sealed).not.toContain(token);

  // Stopping: the grant leaves the store and its refresh token is revoked at the portal, once.
  const beforeStop = (await emulator.log()).lastSeq;
  await collector.getByRole('button', { name: 'Stop this sign-in of the collector on Base portal' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Stop this sign-in' }).click();
  await expect(collector).toContainText('Has no way to sign in');
  expect((await emulator.log(beforeStop)).entries.filter((e) => e.path === '/sharing/rest/oauth2/revokeToken')).toHaveLength(1);
  expect(sqliteRows(dataDir, 'select username, granted_by, sealed from collector_grants', GrantRow)).toEqual([]);

  await page.goto('/audit?portal=base');
  const table = page.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: 'Let the collector sign in' })).toContainText('Success');
  await expect(table.getByRole('row').filter({ hasText: 'Stop the collector’s sign-in' })).toContainText('Success');
  await context.close();
});

test('lending the collector a sign-in without the Manage licenses privilege is refused on /portals, in words, and nothing is kept', async ({
  browser,
}) => {
  const { context, page } = await newPage(browser);
  await page.goto('/sign-in?portal=base&next=%2Fportals');
  await page.getByRole('link', { name: 'Sign in with Base portal' }).click();
  await signInAtPortal(page);
  const collector = page.getByRole('region', { name: 'Base portal' }).getByTestId('portal-collector');
  await collector.getByRole('button', { name: 'Let the collector sign in as me on Base portal' }).click();
  const { lastSeq } = await emulator.log();
  // At the portal, someone signs in with an account that may not manage licenses.
  await signInAtPortal(page, NON_ADMIN);
  await expect(page).toHaveURL(/\/portals\?problem=/);
  // The refresh token the portal issued for it is not kept, and not left valid either.
  await expect.poll(async () => (await emulator.log(lastSeq)).entries.filter((e) => e.path === '/sharing/rest/oauth2/revokeToken').length).toBe(1);
  await expect(problemAlert(page)).toContainText(
    'Base portal accepted analyst, but the collector may not use this sign-in: the account has the Publisher role',
  );
  await expect(collector).toContainText('Has no way to sign in');
  expect(sqliteRows(dataDir, 'select username, granted_by, sealed from collector_grants', GrantRow)).toEqual([]);
  await context.close();
});

test('an account without the Manage licenses privilege is told so on the sign-in page, with no session kept', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  await page.goto('/sign-in?portal=base');
  await page.getByRole('link', { name: 'Sign in with Base portal' }).click();
  const { lastSeq } = await emulator.log();
  await signInAtPortal(page, NON_ADMIN);
  await expect(page).toHaveURL(/\/sign-in\?portal=base/);
  await expect.poll(async () => (await emulator.log(lastSeq)).entries.filter((e) => e.path === '/sharing/rest/oauth2/revokeToken').length).toBe(1);
  await expect(problemAlert(page)).toContainText(
    'Base portal accepted analyst, but the dashboard did not sign you in: the account has the Publisher role, which may not manage licenses',
  );
  await expect(problemAlert(page)).toContainText('portal:admin:manageLicenses');
  expect((await context.cookies()).some((c) => c.name.startsWith('license_dashboard_session'))).toBe(false);
  await context.close();
});

test('cancelling at the portal comes back to sign-in saying so', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  await page.goto('/sign-in?portal=base');
  await page.getByRole('link', { name: 'Sign in with Base portal' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/sign-in\?portal=base/);
  await expect(problemAlert(page)).toHaveText('Sign-in was cancelled at the portal; nothing was changed.');
  await context.close();
});

/** Starts a sign-in on the dashboard and stops at the portal's page: the flow cookie and the authorize URL it went to. */
async function startFlow(page: Page): Promise<{ flowCookie: import('@playwright/test').Cookie; authorize: URL }> {
  await page.goto('/sign-in?portal=base');
  await page.getByRole('link', { name: 'Sign in with Base portal' }).click();
  await expect(page).toHaveTitle(/^Sign In/);
  const flowCookie = (await page.context().cookies()).find((c) => c.name === 'license_dashboard_oauth');
  expect(flowCookie?.httpOnly).toBe(true);
  return { flowCookie: flowCookie as import('@playwright/test').Cookie, authorize: new URL(page.url()) };
}

test('a code replayed with its flow is refused by the portal (used once), and the dashboard says so', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  const { flowCookie } = await startFlow(page);
  let callback = '';
  page.on('request', (request) => {
    if (request.url().startsWith(CALLBACK)) callback = request.url();
  });
  await signInAtPortal(page);
  await expect(page).toHaveURL(`${DASHBOARD}/?portal=base`);
  expect(callback).toContain('code=');

  // The same redirect again, with the flow cookie as it was: state and verifier right, the code spent.
  await context.addCookies([flowCookie]);
  await page.goto(callback);
  await expect(page).toHaveURL(/\/sign-in\?portal=base/);
  await expect(problemAlert(page)).toHaveText('The portal refused the sign-in: Invalid authorization code Start again.');
  await context.close();
});

test('a code obtained with another PKCE challenge is refused for its verifier (an injected code)', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  const { authorize } = await startFlow(page);
  // The attacker's own authorize request, carrying this browser's state but the attacker's challenge.
  const attackerVerifier = randomBytes(32).toString('base64url');
  authorize.searchParams.set('code_challenge', createHash('sha256').update(attackerVerifier).digest('base64url'));
  await page.goto(authorize.toString());
  await signInAtPortal(page);
  await expect(page).toHaveURL(/\/sign-in\?portal=base/);
  await expect(problemAlert(page)).toHaveText('The portal refused the sign-in: Invalid code_verifier Start again.');
  expect((await context.cookies()).some((c) => c.name.startsWith('license_dashboard_session'))).toBe(false);
  await context.close();
});

test('a redirect URI the app did not register gets the portal’s error page and goes nowhere', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  const { authorize } = await startFlow(page);
  authorize.searchParams.set('redirect_uri', 'https://evil.example/api/session/oauth/callback');
  const response = await page.goto(authorize.toString());
  expect(response?.status()).toBe(400);
  expect(page.url()).toBe(authorize.toString());
  await expect(page.getByText('Invalid redirect_uri')).toBeVisible();
  await context.close();
});

test('a callback this browser did not start (stale or forged state) is refused before the portal is asked', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  const { lastSeq } = await emulator.log();
  await page.goto(`${CALLBACK}?code=whatever&state=forged`);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(problemAlert(page)).toContainText(
    'This sign-in cannot be completed: it was started in another tab, more than 10 minutes ago, or not by this browser.',
  );
  expect((await emulator.log(lastSeq)).entries.filter((e) => e.path.includes('oauth2/token'))).toEqual([]);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} mode: the sign-in page with both ways in, the portal switcher open, and /portals pass axe`, async ({ browser }) => {
    const context = await browser.newContext({ baseURL: DASHBOARD, colorScheme });
    const page = await context.newPage();
    await page.goto('/sign-in?portal=base');
    await expect(page.getByRole('link', { name: 'Sign in with Base portal' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'Sign in with Base portal' }).click();
    await signInAtPortal(page);
    await page.getByRole('button', { name: /^Portal: Base portal/ }).click();
    await expect(page.getByRole('dialog', { name: 'Portals' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
    await page.goto('/portals?portal=base');
    await expect(page.getByRole('region', { name: 'Base portal' }).getByTestId('portal-state')).toHaveText('Reachable');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
}
