import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS, ensureChromium } from './chromium';

// `npx tsx scripts/screenshots.ts [baseUrl] [user] [password]`: signs in and saves a PNG of each page
// under screenshots/, to look at before UI work is called done (and for the README).

const [baseUrl = 'http://localhost:3000', username = 'admin', password = 'demo-license-admin'] = process.argv.slice(2);
const pages = (process.env.SCREENSHOT_PAGES ?? '/,/expirations').split(',');
const colorScheme = process.env.SCREENSHOT_DARK ? 'dark' : 'light';
// SCREENSHOT_VIEWPORT=1 keeps only what fits the window (the README's picture).
const fullPage = !process.env.SCREENSHOT_VIEWPORT;

await ensureChromium();
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, colorScheme });
await page.goto(`${baseUrl}/sign-in`);
await page.screenshot({ path: `screenshots/sign-in-${colorScheme}.png`, fullPage: true });
await page.getByLabel('Username').fill(username);
await page.getByLabel('Password').fill(password);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
for (const path of pages) {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForLoadState('networkidle');
  // Charts draw after hydration.
  await page
    .locator('.recharts-surface')
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  const name = path === '/' ? 'overview' : path.slice(1).replace(/\//g, '-');
  await page.screenshot({ path: `screenshots/${name}-${colorScheme}.png`, fullPage });
  console.log(`screenshots/${name}-${colorScheme}.png`);
}
await browser.close();
