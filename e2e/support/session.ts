import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN } from './env';

/** Signs in through the form, as an admin would. */
export async function signInThroughForm(page: Page, credentials = ADMIN, path = '/sign-in'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Username').fill(credentials.username);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Signs in through the route (faster), for tests about something else. The cookie lands in `request`'s jar. */
export async function signInThroughApi(request: APIRequestContext, baseURL: string, credentials = ADMIN): Promise<void> {
  const response = await request.post(`${baseURL}/api/session`, {
    data: credentials,
    headers: { Origin: baseURL },
  });
  expect(response.status(), await response.text()).toBe(200);
}
