import type { Page } from '@playwright/test';

/** The page's own alerts, without Next.js's route announcer (which also has role="alert"). */
export function appAlert(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}
