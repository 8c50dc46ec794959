import 'server-only';
import { serve } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { maskSmtpUrl, maskWebhookUrl } from '../../licensing/alert-masking';
import { getAlertsConfig } from '../../config';
import type { PortalSession } from '../../session';
import { addAlertChannel, deleteAlertChannel, listAlertChannels, readAlertRules, saveAlertRule, type NewChannel } from '../../store/alerts';
import { listNotifications, queueNotifications, readFiring } from '../../store/alerts-notifications';
import { appStore } from '../../store/app-store';
import { audited } from '../audit/audited';
import {
  addChannelEndpoint,
  alertsEndpoint,
  checkNowEndpoint,
  deleteChannelEndpoint,
  saveRuleEndpoint,
  testChannelEndpoint,
  type AlertsView,
  type ChannelInput,
} from './contract';
import { deliverDue } from './deliver';
import { readLive } from './read-live';
import { alertsPortal, checkAlerts, deliveryDeps } from './runtime';

/** Notifications listed on the page. */
const HISTORY_SHOWN = 50;

/** Everything /alerts shows, for the route and the page alike. Throws StoreUnavailableError (503). */
async function readAlerts(session: PortalSession): Promise<AlertsView> {
  const store = await appStore();
  const portal = alertsPortal(session);
  const [rules, channels, firing, notifications] = await Promise.all([
    readAlertRules(store, portal),
    listAlertChannels(store, portal),
    readFiring(store, portal),
    listNotifications(store, portal, HISTORY_SHOWN),
  ]);
  return { rules, channels, firing, notifications, smtpConfigured: getAlertsConfig().smtpUrl !== undefined };
}

export const alerts = serve(alertsEndpoint, ({ session }) => readAlerts(session));

export const saveRule = serve(saveRuleEndpoint, async ({ session, input }) => {
  const store = await appStore();
  const parameters = { enabled: input.enabled, settings: JSON.stringify(input.settings), channelIds: input.channelIds.join(',') };
  await audited(session, { action: 'save-alert-rule', target: input.kind, parameters }, () =>
    saveAlertRule(store, alertsPortal(session), input, Date.now()),
  );
  return { rule: input };
});

/** The channel as stored: the secret (URL) kept apart, masked for the page. */
function newChannel(form: ChannelInput, smtpConfigured: boolean): NewChannel {
  if (form.type === 'webhook')
    return { name: form.name, type: 'webhook', format: form.format, recipients: [], secret: form.url, masked: maskWebhookUrl(form.url) };
  const smtpUrl = form.smtpUrl || null;
  if (!smtpUrl && !smtpConfigured)
    throw new ApiError('invalid_input', 'SMTP_URL is not set on the server: give this channel an SMTP URL.', { field: 'smtpUrl' });
  return {
    name: form.name,
    type: 'email',
    format: 'plain',
    recipients: form.recipients,
    secret: smtpUrl,
    masked: smtpUrl ? maskSmtpUrl(smtpUrl) : '',
  };
}

async function addChannel(session: PortalSession, form: ChannelInput) {
  const store = await appStore();
  const deps = deliveryDeps(store);
  const channel = newChannel(form, deps.smtp.url !== undefined);
  // The audit entry names the channel and where it goes, masked: never the URL itself.
  const parameters = {
    type: channel.type,
    format: channel.format,
    destination: channel.masked || 'SMTP_URL',
    recipients: channel.recipients.join(', '),
  };
  const id = await audited(session, { action: 'add-alert-channel', target: channel.name, parameters }, () =>
    addAlertChannel(store, alertsPortal(session), channel, deps.box, Date.now()),
  );
  return {
    channel: {
      id,
      name: channel.name,
      type: channel.type,
      format: channel.format,
      recipients: channel.recipients,
      masked: channel.masked,
      createdAt: Date.now(),
    },
  };
}

export const addChannelRoute = serve(addChannelEndpoint, ({ session, input }) => addChannel(session, input));

export const deleteChannel = serve(deleteChannelEndpoint, async ({ session, input }) => {
  const store = await appStore();
  const deleted = await audited(session, { action: 'delete-alert-channel', target: `channel ${input.id}`, parameters: { id: input.id } }, () =>
    deleteAlertChannel(store, alertsPortal(session), input.id, Date.now()),
  );
  if (!deleted) throw new ApiError('invalid_input', 'There is no such channel (already deleted?).', { field: 'id' });
  return { deleted: true as const };
});

export const testChannel = serve(testChannelEndpoint, async ({ session, input }) => {
  const store = await appStore();
  const portal = alertsPortal(session);
  const channel = (await listAlertChannels(store, portal)).find((c) => c.id === input.id);
  if (!channel) throw new ApiError('invalid_input', 'There is no such channel (deleted?).', { field: 'id' });
  const now = Date.now();
  const title = `Test from the license dashboard, sent by ${session.username}`;
  const message = {
    event: 'test' as const,
    portal: portal.url,
    rule: null,
    key: null,
    level: null,
    from: null,
    title,
    detail: `Channel "${channel.name}".`,
    at: now,
  };
  const ids = await queueNotifications(store, portal, [{ channelId: channel.id, channelName: channel.name, message }], now);
  const [outcome] = await deliverDue(deliveryDeps(store), ids);
  return outcome ?? { ok: false, answer: 'Queued; it is being sent by another instance.' };
});

export const checkNow = serve(checkNowEndpoint, async ({ session }) => {
  const store = await appStore();
  const now = Date.now();
  const live = await readLive(session, now);
  const deliveries = await checkAlerts(store, alertsPortal(session), live);
  return { deliveries: deliveries.map(({ ok, answer }) => ({ ok, answer })), firing: (await readFiring(store, alertsPortal(session))).length };
});
