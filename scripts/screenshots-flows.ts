import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS, ensureChromium } from './chromium';

// `npx tsx scripts/screenshots-flows.ts [baseUrl]` against `npm start`'s demo portal: PNGs of the
// admin actions' states that a page screenshot cannot reach (suggestions, confirmations, the portal
// restart and what follows it), under screenshots/, to look at before UI work is called done.
// It changes the demo portal: it releases a license and updates the License Manager.

const [baseUrl = 'http://localhost:3000', username = 'admin', password = 'demo-license-admin'] = process.argv.slice(2);
const colorScheme = process.env.SCREENSHOT_DARK ? 'dark' : 'light';

async function shot(page: Page, name: string): Promise<void> {
  const path = `screenshots/${name}-${colorScheme}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(path);
}

async function signIn(page: Page, next: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

await ensureChromium();
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, colorScheme });

await page.goto(`${baseUrl}/sign-in?next=/release`);
await signIn(page, '/release');

await page.getByRole('combobox', { name: 'Username' }).fill('ch');
await page.getByRole('option').first().waitFor();
await shot(page, 'release-suggestions');

await page
  .getByRole('button', { name: /^Release .* for / })
  .first()
  .click();
await page.getByRole('dialog').waitFor();
await shot(page, 'release-confirm');
await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
await page.getByText(/Released ArcGIS/).waitFor();
await shot(page, 'release-done');

await page.getByRole('combobox', { name: 'Username' }).fill('nobody-here');
await page.getByRole('button', { name: 'Release license' }).click();
await page.getByRole('dialog').getByRole('button', { name: 'Release license' }).click();
await page.getByText(/does not exist/).waitFor();
await shot(page, 'release-portal-error');

await page.goto(`${baseUrl}/license-manager`);
await page.getByLabel('Primary host').fill('https://lm.example.com');
await page.getByLabel('Backup host').fill('https://lm.example.com');
await page.getByLabel('Port').fill('70000');
await page.getByRole('button', { name: 'Update License Manager' }).click();
await shot(page, 'license-manager-errors');

await page.getByLabel('Primary host').fill('lm1.example.com');
await page.getByLabel('Backup host').fill('lm2.example.com');
await page.getByLabel('Port').fill('27001');
await page.getByRole('button', { name: 'Update License Manager' }).click();
await page.getByRole('dialog').waitFor();
await shot(page, 'license-manager-confirm');
await page.getByRole('button', { name: 'Update and restart' }).click();
await page.getByRole('heading', { name: 'Portal restarting…' }).waitFor();
await page.waitForTimeout(3_000);
await shot(page, 'license-manager-restarting');
await page.getByText(/Checks/).waitFor({ timeout: 60_000 });
await shot(page, 'license-manager-restarting-checks');
await page.getByRole('link', { name: 'Sign in again' }).waitFor({ timeout: 120_000 });
await shot(page, 'license-manager-restarted');
await page.getByRole('link', { name: 'Sign in again' }).click();
await signIn(page, '/license-manager');
await shot(page, 'license-manager-after');

await browser.close();
