import { describe, expect, it } from 'vitest';
import { mailContent, webhookBody, type AlertMessage } from './alert-payloads';

const message: AlertMessage = {
  event: 'escalate',
  portal: 'https://gis.example.com/portal',
  rule: 'expiry',
  key: 'expiry:userType:creatorUT',
  level: 'within-7',
  from: 'within-30',
  title: 'Creator (User type) expires on Dec 8, 2026, in 7 days',
  detail: 'Expiry date Dec 8, 2026 (UTC).',
  at: Date.UTC(2026, 11, 1, 8, 5),
};

describe('payloads', () => {
  it('plain: the message with a version, the time in ISO 8601 UTC and a one-line text', () => {
    expect(webhookBody('plain', message)).toEqual({
      version: 1,
      source: 'arcgis-license-dashboard',
      event: 'escalate',
      portal: 'https://gis.example.com/portal',
      rule: 'expiry',
      key: 'expiry:userType:creatorUT',
      level: 'within-7',
      from: 'within-30',
      title: message.title,
      detail: message.detail,
      at: '2026-12-01T08:05:00.000Z',
      text: 'Alert, worse: Creator (User type) expires on Dec 8, 2026, in 7 days',
    });
  });

  it('Slack: one text field in mrkdwn', () => {
    expect(webhookBody('slack', message)).toEqual({
      text: '*Alert, worse: Creator (User type) expires on Dec 8, 2026, in 7 days*\nExpiry date Dec 8, 2026 (UTC).\n_Expirations · https://gis.example.com/portal · Dec 1, 2026 08:05 UTC_',
    });
  });

  it('Teams: a message with one Adaptive Card attachment', () => {
    const body = webhookBody('teams', message);
    expect(body).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] });
    expect(JSON.stringify(body)).toContain('"type":"AdaptiveCard"');
    expect(JSON.stringify(body)).toContain('Alert, worse: Creator');
  });

  it('e-mail: the headline as subject, plain text with the portal and the time', () => {
    const mail = mailContent({ ...message, event: 'clear' });
    expect(mail.subject).toBe('[License dashboard] Cleared: Creator (User type) expires on Dec 8, 2026, in 7 days');
    expect(mail.text).toContain('https://gis.example.com/portal · Dec 1, 2026 08:05 UTC');
  });
});
