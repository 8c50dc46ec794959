import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { AlertMessageSchema, CHANNEL_TYPES, DELIVERY_STATUSES, PAYLOAD_FORMATS } from '../../licensing/alert-payloads';
import { ALERT_RULE_KINDS, AlertRuleSchema } from '../../licensing/alert-rules';

// The alerts' endpoints (/alerts): what is set up and happening, and each change (a rule, a channel
// added or deleted: each audited), "Send test" on a channel and "Check now". A channel's secret goes
// from the browser to the server once, when it is added, and never back: the page sees it masked.

const Name = z.string().trim().min(1, { error: 'must not be empty' }).max(80);
/** A webhook: http(s) only (no file:, no javascript:), as the receivers publish them. */
const WebhookUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).max(2_048);
const SmtpUrl = z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).max(2_048);
const Addresses = z
  .array(z.email({ error: 'must be e-mail addresses separated by commas' }))
  .min(1, { error: 'must name at least one address' })
  .max(10);
const addressesOf = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter(Boolean);

/**
 * The "Add channel" form, flat so that one form holds both kinds: a webhook (URL and payload format)
 * or e-mail (recipients; an SMTP URL of its own, else the server's SMTP_URL). Only the fields of the
 * chosen type are checked and kept.
 */
export const ChannelFormSchema = z
  .object({
    type: z.enum(CHANNEL_TYPES),
    name: Name,
    url: z.string().trim().max(2_048),
    format: z.enum(PAYLOAD_FORMATS),
    recipients: z.string().max(2_000),
    smtpUrl: z.string().trim().max(2_048),
  })
  .superRefine((form, context) => {
    const check = (path: string, result: z.ZodSafeParseResult<unknown>) => {
      if (!result.success) context.addIssue({ code: 'custom', path: [path], message: result.error.issues[0]?.message ?? 'is not valid' });
    };
    if (form.type === 'webhook') check('url', WebhookUrl.safeParse(form.url));
    else {
      check('recipients', Addresses.safeParse(addressesOf(form.recipients)));
      if (form.smtpUrl) check('smtpUrl', SmtpUrl.safeParse(form.smtpUrl));
    }
  })
  .transform((form) =>
    form.type === 'webhook'
      ? { type: 'webhook' as const, name: form.name, url: form.url, format: form.format }
      : { type: 'email' as const, name: form.name, recipients: addressesOf(form.recipients), smtpUrl: form.smtpUrl || undefined },
  );
export type ChannelForm = z.input<typeof ChannelFormSchema>;
export type ChannelInput = z.output<typeof ChannelFormSchema>;

const ChannelViewSchema = z.object({
  id: z.number(),
  name: z.string(),
  type: z.enum(CHANNEL_TYPES),
  format: z.enum(PAYLOAD_FORMATS),
  recipients: z.array(z.string()),
  /** The URL masked; "" for an e-mail channel on SMTP_URL. */
  masked: z.string(),
  createdAt: z.number(),
});
export type ChannelViewData = z.output<typeof ChannelViewSchema>;

const FiringSchema = z.object({
  key: z.string(),
  rule: z.enum(ALERT_RULE_KINDS),
  level: z.string(),
  title: z.string(),
  detail: z.string(),
  since: z.number(),
});
export type FiringView = z.output<typeof FiringSchema>;

const NotificationSchema = z.object({
  id: z.number(),
  channelName: z.string(),
  message: AlertMessageSchema,
  createdAt: z.number(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number(),
  lastAttemptAt: z.number().nullable(),
  nextAttemptAt: z.number().nullable(),
  answer: z.string().nullable(),
});
export type NotificationViewData = z.output<typeof NotificationSchema>;

const AlertsViewSchema = z.object({
  rules: z.array(AlertRuleSchema),
  channels: z.array(ChannelViewSchema),
  firing: z.array(FiringSchema),
  /** The latest notifications, newest first. */
  notifications: z.array(NotificationSchema),
  /** SMTP_URL is set: an e-mail channel may go without its own SMTP URL. */
  smtpConfigured: z.boolean(),
});
export type AlertsView = z.output<typeof AlertsViewSchema>;

const DeliverySchema = z.object({ ok: z.boolean(), answer: z.string() });

export const alertsEndpoint = defineEndpoint({ method: 'GET', path: '/api/alerts', key: ['alerts'], input: undefined, output: AlertsViewSchema });

/** Saves one rule (on/off, thresholds, channels). Audited. */
export const saveRuleEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/alerts/rules',
  key: ['alerts', 'rules'],
  input: AlertRuleSchema,
  output: z.object({ rule: AlertRuleSchema }),
});

/** Adds a channel; every rule notifies it from then on. Audited (without the secret). */
export const addChannelEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/alerts/channels',
  key: ['alerts', 'channels', 'add'],
  input: ChannelFormSchema,
  output: z.object({ channel: ChannelViewSchema }),
});

const ChannelIdSchema = z.object({ id: z.number().int().positive() });

/** Deletes a channel; its sent history stays. Audited. */
export const deleteChannelEndpoint = defineEndpoint({
  method: 'DELETE',
  path: '/api/alerts/channels',
  key: ['alerts', 'channels', 'delete'],
  input: ChannelIdSchema,
  output: z.object({ deleted: z.literal(true) }),
});

/** Sends a test notification to a channel now and says what it answered (also in the sent history, retried like any other). */
export const testChannelEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/alerts/channels/test',
  key: ['alerts', 'channels', 'test'],
  input: ChannelIdSchema,
  output: DeliverySchema,
});

/** Reads the license now, evaluates every rule and delivers what started, escalated or cleared. */
export const checkNowEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/alerts/check',
  key: ['alerts', 'check'],
  input: undefined,
  output: z.object({ deliveries: z.array(DeliverySchema), firing: z.number() }),
});
