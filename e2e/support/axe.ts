import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe on the page (or one part of it) and fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    );
  expect(serious).toEqual([]);
}

/** Charts draw after hydration; wait for them so they are checked too. */
export async function waitForCharts(page: Page): Promise<void> {
  const charts = page.locator('[role="img"]');
  const count = await charts.count();
  for (let i = 0; i < count; i += 1) await expect(charts.nth(i).locator('svg.recharts-surface')).toBeVisible();
}
