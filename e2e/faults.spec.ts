import { expect, test } from './support/fixtures';
import { appAlert } from './support/alerts';
import { emulator } from './support/emulator';
import { PORTAL_URL } from './support/env';
import { signInThroughForm } from './support/session';

// Each way the portal (or what stands in front of it) can misbehave gives a clear message on the
// page and a way back, never a blank page or a stack trace.

const LICENSE = 'GET /portal/portaladmin/license';

test.beforeEach(async ({ page }) => {
  await emulator.reset();
  await signInThroughForm(page);
  await expect(page.getByTestId('members-figure')).toBeVisible();
});

async function expectProblemThenRecovery(page: import('@playwright/test').Page, title: string, detail: string | RegExp) {
  await page.goto('/');
  const alert = appAlert(page);
  await expect(alert).toContainText(title);
  await expect(alert).toContainText(detail);
  await expect(alert).not.toContainText(/node_modules|\.tsx?:\d+|\bat [A-Za-z]+ \(/);
  await emulator.clearFaults();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
}

test('HTTP 500 from the portal', async ({ page }) => {
  await emulator.fault({ kind: 'http-500', match: LICENSE });
  await expectProblemThenRecovery(page, 'The portal answered with an error', 'HTTP 500 Internal Server Error');
});

test('502 with an HTML page from the web adaptor', async ({ page }) => {
  await emulator.fault({ kind: 'bad-gateway-html', match: LICENSE });
  await expectProblemThenRecovery(page, 'The portal answered with an error', /HTTP 502 Bad Gateway.*Web server received an invalid response/);
  await expect(appAlert(page)).toHaveCount(0);
});

test('a body that is not valid JSON', async ({ page }) => {
  await emulator.fault({ kind: 'malformed-json', match: LICENSE });
  await expectProblemThenRecovery(page, 'cannot read', 'something other than JSON');
});

// What stands in front of the portal answers with HTTP 200 and no JSON: the page says the portal is
// not answering, in that answer's own words, never that the dashboard may not support the version.
const NOT_JSON_ANSWERS = [
  {
    name: 'the web adaptor’s page while no portal machine answers (a restart)',
    contentType: 'text/html; charset=utf-8',
    body: '<!DOCTYPE html><html><body><h1>Could not access any Portal machines.</h1><p>Please contact your system administrator.</p></body></html>',
    words: 'a page saying "Could not access any Portal machines. Please contact your system administrator."',
  },
  {
    name: 'a proxy’s sign-in page',
    contentType: 'text/html',
    body: '<html><head><title>Sign in | Example Corp Access Gateway</title></head><body><form></form></body></html>',
    words: 'a page saying "Sign in | Example Corp Access Gateway"',
  },
  { name: 'an empty body', contentType: 'application/json', body: '', words: 'an empty answer' },
  { name: 'plain text', contentType: 'text/plain', body: 'Portal is starting up', words: 'text saying "Portal is starting up"' },
];

for (const answer of NOT_JSON_ANSWERS) {
  test(`HTTP 200 with ${answer.name}`, async ({ page }) => {
    await emulator.fault({ kind: 'answer', match: LICENSE, contentType: answer.contentType, body: answer.body });
    await page.goto('/');
    await expect(appAlert(page)).toContainText('is not answering through its web adaptor');
    await expect(appAlert(page)).not.toContainText('portal version');
    await expectProblemThenRecovery(page, 'The portal is not answering', answer.words);
  });
}

test('a token the portal refuses on one call but accepts on others: its words, and no loop back to sign-in', async ({ page }) => {
  await emulator.fault({ kind: 'answer', match: LICENSE, body: { error: { code: 498, message: 'Invalid token.', details: [] } } });
  await page.goto('/expirations');
  const alert = appAlert(page);
  await expect(alert).toContainText('The portal refused the session’s token for this request');
  await expect(alert).toContainText('Invalid token.');
  await expect(alert).toContainText('signing in again would not help');
  await expect(page).toHaveURL(/\/expirations$/);
  await emulator.clearFaults();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('count-expired')).toHaveText('2');
});

test('an admin-shape error with HTTP 200', async ({ page }) => {
  await emulator.fault({ kind: 'admin-error', match: LICENSE });
  await expectProblemThenRecovery(page, 'The portal answered with an error', 'An internal error occurred. Please contact your administrator.');
});

test('a portal slower than the timeout', async ({ page }) => {
  // The e2e dashboards give up after 8 s (ARCGIS_TIMEOUT_MS).
  await emulator.fault({ kind: 'slow', match: LICENSE, ms: 9_000, times: 1 });
  await expectProblemThenRecovery(page, 'did not answer in time', `Cannot reach the portal at ${PORTAL_URL}: timed out.`);
});

test('a slow portal within the timeout still shows the page', async ({ page }) => {
  await emulator.fault({ kind: 'slow', match: LICENSE, ms: 5_000, times: 1 });
  await page.goto('/');
  await expect(page.getByTestId('members-figure')).toHaveText('70 of 1,400');
});

test('a portal that is down', async ({ page }) => {
  await emulator.portalDown();
  await page.goto('/expirations');
  const alert = appAlert(page);
  await expect(alert).toContainText('The portal cannot be reached');
  await expect(alert).toContainText('connection refused');
  await emulator.portalUp();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('count-expired')).toHaveText('2');
});

test('tokens revoked mid-session send the admin to sign in, and back', async ({ page }) => {
  await emulator.fault({ kind: 'revoke-tokens', match: LICENSE, times: 1 });
  await page.goto('/expirations');
  await expect(page).toHaveURL(/\/sign-in\?reason=expired&next=%2Fexpirations/);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('count-expired')).toHaveText('2');
});

test('a restart that drops the connection of a read', async ({ page }) => {
  await emulator.fault({ kind: 'restart', match: LICENSE, times: 1, ms: 1_000 });
  await page.goto('/');
  await expect(appAlert(page)).toContainText('connection reset');
  await expect.poll(async () => (await emulator.state()).portalDown).toBe(false);
  await appAlert(page).getByRole('button', { name: 'Retry' }).click();
  // The restart revoked every token: the way back is signing in again.
  await expect(page).toHaveURL(/\/sign-in\?reason=expired/);
});

test('a restart during a release: sent once, and the admin is told it may have been applied', async ({ page }) => {
  await page.goto('/release');
  const { lastSeq } = await emulator.log();
  await emulator.fault({ kind: 'restart', match: '^POST /portal/portaladmin/license/releaseLicense$', times: 1, ms: 1_000 });
  await page.getByRole('button', { name: 'Release ArcGIS Pro for achen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
  const alert = appAlert(page).filter({ hasText: 'connection reset' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('may have been applied');
  await expect(alert).toContainText('does not retry');
  await expect.poll(async () => (await emulator.state()).portalDown).toBe(false);
  const posts = (await emulator.log(lastSeq)).entries.filter((e) => e.path.endsWith('/releaseLicense'));
  expect(posts).toHaveLength(1);
});
