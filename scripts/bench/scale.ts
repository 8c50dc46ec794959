import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium';
import { percentile } from './stats';

export interface ServerRender {
  path: string;
  ttfbP50: number;
  fullP50: number;
  bytes: number;
}

/** Time to first byte and to the last byte of a page's HTML, p50 over `runs` requests after a warm-up. */
export async function measureServerRender(baseUrl: string, cookie: string, path: string, runs = 20): Promise<ServerRender> {
  const ttfb: number[] = [];
  const full: number[] = [];
  let bytes = 0;
  for (let i = -2; i < runs; i += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' });
    const headersAt = performance.now();
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    if (i < 0) continue;
    ttfb.push(headersAt - started);
    full.push(performance.now() - started);
    bytes = body.byteLength;
  }
  return { path, ttfbP50: percentile(ttfb, 50), fullP50: percentile(full, 50), bytes };
}

export interface BrowserRender {
  path: string;
  /** From navigation start until the page's content (and its charts) is drawn. */
  renderedMs: number;
  /** The longest main-thread task while loading: what "the tab froze" means. */
  longestTaskMs: number;
}

const READY: Record<string, string> = {
  '/': '[data-testid="members-figure"]',
  '/expirations': '[data-testid="count-expired"]',
  '/release': 'table',
};

/** Loads each page in Chromium, signed in, and waits until its content and charts are drawn. */
export async function measureBrowserRender(baseUrl: string, cookie: string, paths: readonly string[]): Promise<BrowserRender[]> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  const [name = '', value = ''] = cookie.split('=');
  const context = await browser.newContext();
  await context.addCookies([{ name, value, url: baseUrl }]);
  const results: BrowserRender[] = [];
  try {
    for (const path of paths) {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const tasks: number[] = [];
        (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
          type: 'longtask',
          buffered: true,
        });
      });
      const started = Date.now();
      await page.goto(`${baseUrl}${path}`);
      await page
        .locator(READY[path] ?? 'main')
        .first()
        .waitFor();
      const charts = page.locator('[role="img"]');
      for (let i = 0; i < (await charts.count()); i += 1) await charts.nth(i).locator('svg.recharts-surface').waitFor();
      const renderedMs = Date.now() - started;
      await page.waitForTimeout(200);
      const longestTaskMs = await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
      results.push({ path, renderedMs, longestTaskMs });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
