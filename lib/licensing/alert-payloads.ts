import { z } from 'zod';
import { formatUtcDate } from '../view/dates';
import { ALERT_RULE_KINDS, RULE_LABELS } from './alert-rules';
import { ALERT_EVENTS } from './alert-transitions';

// What a notification says, and the three webhook bodies and the e-mail it is sent as (the README
// documents the plain body). Slack's incoming webhooks take `{text}` (mrkdwn); Microsoft Teams'
// Workflows webhooks ("When a Teams webhook request is received") take a message with an Adaptive
// Card attachment, the format that replaced the retired Office 365 connectors' MessageCard.

export const PAYLOAD_FORMATS = ['plain', 'slack', 'teams'] as const;
export type PayloadFormat = (typeof PAYLOAD_FORMATS)[number];

/** Where a notification goes: a webhook (a payload format) or e-mail over SMTP. */
export const CHANNEL_TYPES = ['webhook', 'email'] as const;

/** pending: due now; retrying: failed, due again later; sent; failed: given up after the hour of retries. */
export const DELIVERY_STATUSES = ['pending', 'sent', 'retrying', 'failed'] as const;

/** One notification, as stored and as sent. `event` test: a "Send test" from the page. `at`: epoch ms. */
export const AlertMessageSchema = z.object({
  event: z.enum([...ALERT_EVENTS, 'test']),
  /** The portal the condition is about, as configured (ARCGIS_PORTAL_URL). */
  portal: z.string(),
  rule: z.enum(ALERT_RULE_KINDS).nullable(),
  /** The condition's key (rule and subject); null for a test. */
  key: z.string().nullable(),
  level: z.string().nullable(),
  /** The level before an escalation. */
  from: z.string().nullable(),
  title: z.string(),
  detail: z.string(),
  at: z.number(),
});
export type AlertMessage = z.output<typeof AlertMessageSchema>;

const EVENT_WORDS: Record<AlertMessage['event'], string> = {
  start: 'Alert',
  escalate: 'Alert, worse',
  clear: 'Cleared',
  test: 'Test',
};

/** "Alert: Creator (User type) expires on Jan 5, 2027, in 30 days": the one line every format leads with. */
function headline(message: AlertMessage): string {
  return `${EVENT_WORDS[message.event]}: ${message.title}`;
}

function footer(message: AlertMessage): string {
  const rule = message.rule ? `${RULE_LABELS[message.rule]} · ` : '';
  return `${rule}${message.portal} · ${formatUtcDate(message.at)} ${new Date(message.at).toISOString().slice(11, 16)} UTC`;
}

/** The plain JSON body (documented in the README): the message itself, with a version to grow by. */
function plainBody(message: AlertMessage): Record<string, unknown> {
  return { version: 1, source: 'arcgis-license-dashboard', ...message, at: new Date(message.at).toISOString(), text: headline(message) };
}

function slackBody(message: AlertMessage): Record<string, unknown> {
  return { text: `*${headline(message)}*\n${message.detail}\n_${footer(message)}_` };
}

function teamsBody(message: AlertMessage): Record<string, unknown> {
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [
      { type: 'TextBlock', text: headline(message), weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: message.detail, wrap: true },
      { type: 'TextBlock', text: footer(message), isSubtle: true, size: 'Small', wrap: true },
    ],
  };
  return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] };
}

/** The JSON body a webhook channel of `format` receives for `message`. */
export function webhookBody(format: PayloadFormat, message: AlertMessage): Record<string, unknown> {
  switch (format) {
    case 'plain':
      return plainBody(message);
    case 'slack':
      return slackBody(message);
    case 'teams':
      return teamsBody(message);
  }
}

/** The e-mail an e-mail channel sends: the headline as subject, plain text only (nothing to render, nothing remote to load). */
export function mailContent(message: AlertMessage): { subject: string; text: string } {
  return { subject: `[License dashboard] ${headline(message)}`, text: `${message.title}\n\n${message.detail}\n\n${footer(message)}\n` };
}
