import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertMessage } from '../../licensing/alert-payloads';
import { sendMail } from './send-mail';
import { ANSWER_CAP_BYTES, sendWebhook } from './send-webhook';
import { startHttpReceiver, startSmtpReceiver, type HttpReceiver, type SmtpReceiver } from './test-receivers';

const message: AlertMessage = {
  event: 'start',
  portal: 'https://gis.example.com/portal',
  rule: 'expiry',
  key: 'expiry:userType:creatorUT',
  level: 'within-30',
  from: null,
  title: 'Creator (User type) expires on Dec 31, 2026, in 30 days',
  detail: 'Expiry date Dec 31, 2026 (UTC).',
  at: Date.UTC(2026, 11, 1),
};

let http: HttpReceiver;
let smtp: SmtpReceiver;
beforeEach(async () => {
  [http, smtp] = await Promise.all([startHttpReceiver(), startSmtpReceiver()]);
});
afterEach(async () => {
  await Promise.all([http.close(), smtp.close()]);
});

describe('sendWebhook', () => {
  it('POSTs the JSON body of the format and reports the answer', async () => {
    expect(await sendWebhook(`${http.url}/hook/secret`, 'slack', message)).toEqual({ ok: true, answer: 'HTTP 200 OK: ok' });
    expect(http.received).toHaveLength(1);
    expect(http.received[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(http.received[0]?.body ?? '')).toEqual({ text: expect.stringContaining('*Alert: Creator (User type) expires') });
  });

  it('reports a refusal with the status and the start of the answer', async () => {
    http.answer = (res) => res.writeHead(503).end('busy, try later');
    expect(await sendWebhook(http.url, 'plain', message)).toEqual({ ok: false, answer: 'HTTP 503 Service Unavailable: busy, try later' });
  });

  it('does not follow a redirect', async () => {
    http.answer = (res) => res.writeHead(302, { location: `${http.url}/elsewhere` }).end();
    expect(await sendWebhook(http.url, 'plain', message)).toEqual({ ok: false, answer: 'HTTP 302 Found: redirects are not followed.' });
    expect(http.received.map((r) => r.path)).toEqual(['/']);
  });

  it('refuses a URL that is not http(s), without sending', async () => {
    expect(await sendWebhook('file:///etc/passwd', 'plain', message)).toEqual({
      ok: false,
      answer: 'Refused: a webhook URL must be http:// or https://.',
    });
    expect((await sendWebhook('ftp://127.0.0.1/x', 'plain', message)).ok).toBe(false);
  });

  it('gives up on a receiver that does not answer in time, and reads no more than the cap of a huge answer', async () => {
    http.answer = () => undefined;
    expect(await sendWebhook(http.url, 'plain', message, 300)).toEqual({ ok: false, answer: 'Not delivered: no answer within 0.3 s' });
    http.answer = (res) => {
      res.writeHead(200);
      res.write('x'.repeat(ANSWER_CAP_BYTES * 4));
    };
    const big = await sendWebhook(http.url, 'plain', message, 2_000);
    expect(big.ok).toBe(true);
    expect(big.answer.length).toBeLessThan(400);
  });

  it('says why when nothing listens, without the URL', async () => {
    const url = `${http.url}/secret-path`;
    await http.close();
    const result = await sendWebhook(url, 'plain', message);
    expect(result.ok).toBe(false);
    expect(result.answer).toMatch(/ECONNREFUSED/);
    expect(result.answer).not.toContain('secret-path');
    http = await startHttpReceiver();
  });
});

describe('sendMail', () => {
  it('sends the alert as plain text over SMTP with AUTH', async () => {
    const result = await sendMail(
      { smtpUrl: `smtp://alerts:s3cret@127.0.0.1:${smtp.port}`, from: 'dashboard@example.com', to: ['admin@example.com'] },
      message,
    );
    expect(result.ok).toBe(true);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]).toMatchObject({ from: 'dashboard@example.com', to: ['admin@example.com'], user: 'alerts' });
    expect(smtp.messages[0]?.data).toContain('Subject: [License dashboard] Alert: Creator (User type) expires on Dec 31,');
  });

  it('reports a refused login or a server out of reach, never the password', async () => {
    const refused = await sendMail({ smtpUrl: `smtp://alerts:wrong-pass@127.0.0.1:${smtp.port}`, to: ['a@example.com'] }, message);
    expect(refused.ok).toBe(false);
    expect(refused.answer).not.toContain('wrong-pass');
    const port = smtp.port;
    await smtp.close();
    const down = await sendMail({ smtpUrl: `smtp://alerts:s3cret@127.0.0.1:${port}`, to: ['a@example.com'] }, message);
    expect(down.ok).toBe(false);
    expect(down.answer).toMatch(/ECONNREFUSED/);
    expect(down.answer).not.toContain('s3cret');
    smtp = await startSmtpReceiver();
  });
});
