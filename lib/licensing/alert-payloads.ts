import { formatUtcDate } from '../view/dates';
import type { AlertEvent } from './alert-transitions';
import type { AlertRuleKind } from './alert-rules';
import { RULE_LABELS } from './alert-rules';

// What a notification says, and the three webhook bodies and the e-mail it is sent as (the README
// documents the plain body). Slack's incoming webhooks take `{text}` (mrkdwn); Microsoft Teams'
// Workflows webhooks ("When a Teams webhook request is received") take a message with an Adaptive
// Card attachment, the format that replaced the retired Office 365 connectors' MessageCard.

export const PAYLOAD_FORMATS = ['plain', 'slack', 'teams'] as const;
export type PayloadFormat = (typeof PAYLOAD_FORMATS)[number];

/** One notification. `event` test: a "Send test" from the page. Times epoch ms. */
export interface AlertMessage {
  event: AlertEvent | 'test';
  /** The portal the condition is about, as configured (ARCGIS_PORTAL_URL). */
  portal: string;
  rule: AlertRuleKind | null;
  /** The condition's key (rule and subject); null for a test. */
  key: string | null;
  level: string | null;
  /** The level before an escalation. */
  from: string | null;
  title: string;
  detail: string;
  at: number;
}

const EVENT_WORDS: Record<AlertMessage['event'], string> = {
  start: 'Alert',
  escalate: 'Alert, worse',
  clear: 'Cleared',
  test: 'Test',
};

/** "Alert: Creator (User type) expires on Jan 5, 2027, in 30 days": the one line every format leads with. */
export function headline(message: AlertMessage): string {
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
