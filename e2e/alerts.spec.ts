import type { APIRequestContext, Page } from '@playwright/test';
import { startHttpReceiver, startSmtpReceiver, type HttpReceiver, type SmtpReceiver } from '../lib/features/alerts/test-receivers';
import { expectNoSeriousA11yViolations } from './support/axe';
import { emulator } from './support/emulator';
import { PORTAL_APP, RECEIVER_PORTS } from './support/env';
import { expect, test } from './support/fixtures';
import { signInThroughApi, signInThroughForm } from './support/session';

// /alerts as an admin uses it, with a local webhook receiver and a local SMTP server (smtp-server)
// started by the test on this worktree's ports: channels set up in the browser, Send test, Check now
// announcing the demo's expiring licenses once, a receiver that is down, and the refusals.

const { webhook: WEBHOOK_PORT, smtp: SMTP_PORT, down: DOWN_PORT } = RECEIVER_PORTS;

let webhook: HttpReceiver;
let smtp: SmtpReceiver;

const PlainBody = (text: string) => JSON.parse(text) as { event: string; rule: string | null; key: string | null; title: string };

/** Each test starts without channels (the dashboards' store lasts the whole run). */
async function deleteEveryChannel(request: APIRequestContext): Promise<void> {
  await signInThroughApi(request, PORTAL_APP);
  const view = (await (await request.get('/api/alerts')).json()) as { channels: { id: number }[] };
  for (const { id } of view.channels) {
    expect((await request.delete('/api/alerts/channels', { headers: { Origin: PORTAL_APP }, data: { id } })).status()).toBe(200);
  }
}

test.beforeEach(async ({ request }) => {
  await emulator.reset();
  await deleteEveryChannel(request);
  [webhook, smtp] = await Promise.all([startHttpReceiver(WEBHOOK_PORT), startSmtpReceiver(SMTP_PORT)]);
});
test.afterEach(async () => {
  await Promise.all([webhook.close(), smtp.close()]);
});

async function addWebhook(page: Page, name: string, url: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add channel' });
  await form.getByLabel('Type').selectOption('webhook');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Webhook URL').fill(url);
  await form.getByLabel('Payload').selectOption('plain');
  await form.getByRole('button', { name: 'Add channel' }).click();
  await expect(page.getByRole('table', { name: 'Channels' }).getByRole('cell', { name, exact: true })).toBeVisible();
}

async function addMail(page: Page, name: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add channel' });
  await form.getByLabel('Type').selectOption('email');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Recipients').fill('licenses@example.com');
  await form.getByLabel(/SMTP URL/).fill(`smtp://alerts:s3cret@127.0.0.1:${SMTP_PORT}`);
  await form.getByRole('button', { name: 'Add channel' }).click();
  await expect(page.getByRole('table', { name: 'Channels' }).getByRole('cell', { name, exact: true })).toBeVisible();
}

test('channels set up in the browser are shown masked, and Send test arrives by webhook and by e-mail', async ({ page }) => {
  await signInThroughForm(page);
  await page.getByRole('link', { name: 'Alerts' }).first().click();
  await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible();
  await addWebhook(page, 'Ops hook', `${webhook.url}/hooks/very-secret-token-0123456789`);
  await addMail(page, 'License mail');
  await expect(page.getByText(`http://127.0.0.1:${WEBHOOK_PORT}/••••6789 (plain JSON)`)).toBeVisible();
  await expect(page.getByText(`licenses@example.com via smtp://alerts:••••@127.0.0.1:${SMTP_PORT}`)).toBeVisible();
  expect(await page.content()).not.toContain('very-secret-token');
  expect(await page.content()).not.toContain('s3cret');

  await page.getByRole('button', { name: 'Send test to Ops hook' }).click();
  await expect(page.getByText('Test sent to Ops hook')).toBeVisible();
  expect(webhook.received.map((r) => [r.path, PlainBody(r.body).event])).toEqual([['/hooks/very-secret-token-0123456789', 'test']]);
  await page.getByRole('button', { name: 'Send test to License mail' }).click();
  await expect(page.getByText('Test sent to License mail')).toBeVisible();
  expect(smtp.messages).toHaveLength(1);
  expect(smtp.messages[0]?.to).toEqual(['licenses@example.com']);
  expect(smtp.messages[0]?.data).toContain('Test from the license dashboard');
  await expectNoSeriousA11yViolations(page);

  // Each change is an audit entry, its destination masked.
  const rule = page.getByRole('form', { name: 'Seats in use' });
  await rule.getByLabel('Percent of seats').fill('80, 100');
  await rule.getByRole('button', { name: 'Save' }).click();
  await expect(rule.getByText('Saved')).toBeVisible();
  await page.goto('/audit');
  const log = page.getByRole('table', { name: /Audit log entries/ });
  await expect(log.locator('tbody tr').first()).toContainText('Change alert rule');
  await expect(log.locator('tbody tr').first()).toContainText('[80,100]');
  await expect(log.locator('tbody tr').filter({ hasText: 'Add alert channel' }).filter({ hasText: 'Ops hook' })).toContainText('••••6789');
  expect(await page.content()).not.toContain('very-secret-token');
  expect(await page.content()).not.toContain('s3cret');
});

test('Check now announces the demo’s expiring licenses once to each channel; a second Check now sends nothing new', async ({ page }) => {
  await signInThroughForm(page);
  await page.goto('/alerts');
  await addWebhook(page, 'Ops hook', `${webhook.url}/hook`);
  await addMail(page, 'License mail');
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByText(/Checked: \d+ sent;/)).toBeVisible();
  const expiries = webhook.received.map((r) => PlainBody(r.body)).filter((b) => b.rule === 'expiry');
  expect(expiries.length).toBeGreaterThan(0);
  expect(expiries.every((b) => b.event === 'start')).toBe(true);
  expect(new Set(expiries.map((b) => b.key)).size).toBe(expiries.length);
  expect(smtp.messages).toHaveLength(webhook.received.length);
  await expect(page.getByRole('table', { name: /Conditions firing now/ })).toContainText(expiries[0]?.title ?? '');

  const sent = webhook.received.length;
  await page.getByRole('button', { name: 'Check now' }).click();
  await expect(page.getByText(/Checked: nothing new to send/)).toBeVisible();
  expect(webhook.received).toHaveLength(sent);
  expect(smtp.messages).toHaveLength(sent);
});

test('a receiver that is down: the failure is shown with its answer, and the delivery is retried until it arrives', async ({ page }) => {
  test.setTimeout(240_000);
  await signInThroughForm(page);
  await page.goto('/alerts');
  await addWebhook(page, 'Down hook', `http://127.0.0.1:${DOWN_PORT}/hook`);
  await page.getByRole('button', { name: 'Send test to Down hook' }).click();
  await expect(page.getByText('Test to Down hook failed')).toBeVisible();
  await expect(page.getByText(/ECONNREFUSED/).first()).toBeVisible();
  const row = page
    .getByRole('table', { name: /Notifications, newest first/ })
    .locator('tbody tr')
    .first();
  await expect(row).toContainText('Failed, retrying');
  await expect(row).toContainText(/1 attempt, next at/);

  const late = await startHttpReceiver(DOWN_PORT);
  try {
    // The retry timer ticks every minute; the first retry is due a minute after the first try.
    await expect(async () => {
      await page.reload();
      await expect(row).toContainText('Sent', { timeout: 1_000 });
    }).toPass({ timeout: 180_000, intervals: [5_000] });
    await expect(row).toContainText('2 attempts');
    expect(late.received.map((r) => PlainBody(r.body).event)).toEqual(['test']);
  } finally {
    await late.close();
  }
});

test('a URL that is not http(s) is refused in the form and by the route; a foreign Origin is refused', async ({ page, request }) => {
  await signInThroughForm(page);
  await page.goto('/alerts');
  const form = page.getByRole('form', { name: 'Add channel' });
  await form.getByLabel('Name').fill('Bad');
  await form.getByLabel('Webhook URL').fill('ftp://127.0.0.1/hook');
  await form.getByRole('button', { name: 'Add channel' }).click();
  await expect(form.getByText('must be an http:// or https:// URL')).toBeVisible();

  await signInThroughApi(request, PORTAL_APP);
  const channel = { type: 'webhook', name: 'Bad', url: 'file:///etc/passwd', format: 'plain', recipients: '', smtpUrl: '' };
  const refused = await request.post('/api/alerts/channels', { headers: { Origin: PORTAL_APP }, data: channel });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.field).toBe('url');
  const foreign = await request.post('/api/alerts/channels', {
    headers: { Origin: 'https://evil.example' },
    data: { ...channel, url: `${webhook.url}/x` },
  });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.code).toBe('bad_origin');
  const check = await request.post('/api/alerts/check', { headers: { Origin: 'https://evil.example' } });
  expect(check.status()).toBe(403);
  expect(((await (await request.get('/api/alerts')).json()) as { channels: unknown[] }).channels).toEqual([]);
});
