import 'server-only';
import nodemailer from 'nodemailer';
import { mailContent, type AlertMessage } from '../../licensing/alert-payloads';
import type { Delivery } from './send-webhook';

// One e-mail per notification over SMTP, with nodemailer (the kept library for SMTP in Node: TLS,
// STARTTLS, AUTH and pooling done right, which a hand-written client would not be). A transport per
// send: alerts are rare, and a channel's own SMTP URL may differ from SMTP_URL.

const MAIL_TIMEOUT_MS = 15_000;

/** Where and as whom to send: the SMTP URL (smtp[s]://user:password@host:port), the From, the recipients. */
export interface MailRoute {
  smtpUrl: string;
  from?: string;
  to: readonly string[];
}

/** The From when ALERT_MAIL_FROM is not set: alerts@ the SMTP server's host. */
function defaultFrom(smtpUrl: string): string {
  return `alerts@${new URL(smtpUrl).hostname}`;
}

/** Sends `message` as plain text. Never throws: a failure is `ok: false` with the server's answer (never the URL: it holds the password). */
export async function sendMail(route: MailRoute, message: AlertMessage): Promise<Delivery> {
  try {
    const transport = nodemailer.createTransport({
      url: route.smtpUrl,
      connectionTimeout: MAIL_TIMEOUT_MS,
      greetingTimeout: MAIL_TIMEOUT_MS,
      socketTimeout: MAIL_TIMEOUT_MS,
    });
    const { subject, text } = mailContent(message);
    const info = await transport.sendMail({ from: route.from ?? defaultFrom(route.smtpUrl), to: [...route.to], subject, text });
    transport.close();
    return { ok: true, answer: info.response };
  } catch (error) {
    const words = error instanceof Error ? error.message : String(error);
    return { ok: false, answer: `Not delivered: ${words.replaceAll(route.smtpUrl, '[SMTP URL]')}` };
  }
}
