import { expect, test } from './support/fixtures';
import { appAlert } from './support/alerts';
import { emulator } from './support/emulator';
import { ADMIN } from './support/env';
import { signInThroughForm } from './support/session';

test.beforeEach(async () => {
  await emulator.reset();
});

test('a signed-out visitor is sent to sign-in, which says it is the demo portal and pre-fills it', async ({ page }) => {
  await page.goto('/expirations');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fexpirations$/);
  await expect(page.getByText('This is the built-in demo portal')).toBeVisible();
  await expect(page.getByLabel('Username')).toHaveValue(ADMIN.username);
  await expect(page.getByLabel('Password')).toHaveValue(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/expirations$/);
});

test('a wrong password shows the portal’s message and stays on sign-in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = appAlert(page);
  await expect(alert).toContainText('Unable to generate token.');
  await expect(alert).toContainText('Invalid username or password.');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('empty fields are named before anything is sent', async ({ page }) => {
  await page.goto('/sign-in');
  const { lastSeq } = await emulator.log();
  await page.getByLabel('Username').fill('');
  await page.getByLabel('Password').fill('');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your username.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('the session expiring at the portal brings the admin back to sign-in with the reason', async ({ page }) => {
  await signInThroughForm(page);
  await emulator.expireTokens();
  await page.goto('/expirations');
  await expect(page).toHaveURL(/\/sign-in\?reason=expired/);
  await expect(appAlert(page)).toHaveText('Your portal session expired; sign in again.');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/expirations$/);
});

test('a refresh that finds the session expired also lands on sign-in', async ({ page }) => {
  await signInThroughForm(page);
  await expect(page.getByTestId('members-figure')).toBeVisible();
  await emulator.expireTokens();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=expired/);
  await expect(appAlert(page)).toHaveText('Your portal session expired; sign in again.');
});

test('sign-out ends the session: pages send the browser back to sign-in', async ({ page }) => {
  await signInThroughForm(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  const response = await page.request.get('/api/license');
  expect(response.status()).toBe(401);
});

test('before scripts run, the sign-in button is disabled, so a native submit cannot put the password in a URL', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  await page.getByLabel('Password').press('Enter');
  await expect(page).toHaveURL(/\/sign-in$/);
  await context.close();
});

test('a throttled sign-in says whose failures, until what time in UTC, and why', async ({ browser, baseURL }) => {
  // Its own client address and account, so its failures slow nobody else's sign-in, nor a rerun's.
  const run = Date.now() % 250;
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${run}` } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(`throttled-${Date.now()}`);
  const alert = appAlert(page);
  for (let i = 1; i <= 3; i += 1) {
    await page.getByLabel('Password').fill(`guess${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toContainText('Invalid username or password.');
  }
  const { lastSeq } = await emulator.log();
  await page.getByLabel('Password').fill('guess4');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(alert).toContainText(/Too many failed sign-ins for this account; try again at \d\d:\d\d UTC \(in 5 minutes\)\./);
  await expect(alert).toContainText('The portal locks an account after 5 failed sign-ins in 15 minutes');
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
  await expect(page.locator('main')).not.toContainText(/generateToken|portaladmin/);
  await context.close();
});
