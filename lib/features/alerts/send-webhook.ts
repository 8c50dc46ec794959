import 'server-only';
import { webhookBody, type AlertMessage, type PayloadFormat } from '../../licensing/alert-payloads';

// One POST of a notification to a webhook (issue 14): http(s) only, a timeout, a cap on how much of
// the answer is read, and redirects refused rather than followed (a redirect could carry the body to
// another host). The global fetch is Node's own (undici).

/** How long one delivery may take, answer included. */
const WEBHOOK_TIMEOUT_MS = 10_000;
/** Bytes of the receiver's answer read at most: only its start is kept, to show on the page. */
export const ANSWER_CAP_BYTES = 16_384;
/** Characters of the answer kept. */
const ANSWER_KEPT = 300;

/** What a delivery came to: ok for a 2xx answer; `answer` in words, for the page. */
export interface Delivery {
  ok: boolean;
  answer: string;
}

/** Whether `url` is an http(s) URL a webhook may be sent to. */
function isWebhookUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < ANSWER_CAP_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, ANSWER_CAP_BYTES).toString('utf8');
}

function causeOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  const message = cause instanceof Error ? cause.message : String(cause);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/** POSTs `message` in `format` to `url`. Never throws: a failure is `ok: false` with the reason, without the URL (it is the secret). */
export async function sendWebhook(
  url: string,
  format: PayloadFormat,
  message: AlertMessage,
  timeoutMs: number = WEBHOOK_TIMEOUT_MS,
): Promise<Delivery> {
  if (!isWebhookUrl(url)) return { ok: false, answer: 'Refused: a webhook URL must be http:// or https://.' };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'arcgis-license-dashboard-alerts' },
      body: JSON.stringify(webhookBody(format, message)),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = (await readCapped(response)).trim().slice(0, ANSWER_KEPT);
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    if (response.status >= 300 && response.status < 400) return { ok: false, answer: `${status}: redirects are not followed.` };
    return { ok: response.ok, answer: text ? `${status}: ${text}` : status };
  } catch (error) {
    return { ok: false, answer: `Not delivered: ${causeOf(error, timeoutMs)}` };
  }
}
