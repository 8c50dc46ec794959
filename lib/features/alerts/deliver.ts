import 'server-only';
import { deliveryChannel } from '../../store/alerts';
import { claimDue, recordAttempt, type DueNotification } from '../../store/alerts-notifications';
import type { SecretBox } from '../../store/alerts-secret-box';
import type { Store } from '../../store/engine';
import { sendMail } from './send-mail';
import { sendWebhook, type Delivery } from './send-webhook';

/** How long a claimed delivery is held by its instance: longer than a webhook's or SMTP's timeout. */
const CLAIM_MS = 2 * 60_000;
/** Deliveries made per call at most; the rest wait for the next call (the retry timer runs every minute). */
const BATCH = 50;

/** What deliveries need: the store, the key, the SMTP settings, a clock (epoch ms). */
export interface DeliveryDeps {
  store: Store;
  box: SecretBox;
  smtp: { url?: string; from?: string };
  now(): number;
}

async function attempt(deps: DeliveryDeps, due: DueNotification): Promise<Delivery & { final?: boolean }> {
  const channel = due.channelId === null ? undefined : await deliveryChannel(deps.store, due.channelId, deps.box);
  if (!channel) return { ok: false, answer: 'The channel was deleted.', final: true };
  if (channel.type === 'webhook') {
    if (channel.secret === null) return { ok: false, answer: 'The channel has no URL.', final: true };
    return sendWebhook(channel.secret, channel.format, due.message);
  }
  const smtpUrl = channel.secret ?? deps.smtp.url;
  if (!smtpUrl) return { ok: false, answer: 'No SMTP server: set SMTP_URL, or give the channel its own.', final: true };
  return sendMail({ smtpUrl, from: deps.smtp.from, to: channel.recipients }, due.message);
}

/**
 * Delivers the notifications that are due (only `ids` when given: those just queued), each claimed
 * first so no other instance sends the same attempt, and records each outcome (sent, retrying on the
 * schedule, failed). Returns the outcomes. Throws StoreUnavailableError when the store is out of reach.
 */
export async function deliverDue(deps: DeliveryDeps, ids?: readonly number[]): Promise<{ id: number; ok: boolean; answer: string }[]> {
  const claimed = await claimDue(deps.store, deps.now(), CLAIM_MS, BATCH, ids);
  return Promise.all(
    claimed.map(async (due) => {
      const outcome = await attempt(deps, due);
      await recordAttempt(deps.store, due, { ...outcome, at: deps.now() });
      return { id: due.id, ok: outcome.ok, answer: outcome.answer };
    }),
  );
}
