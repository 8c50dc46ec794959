import 'server-only';
import { getAlertsConfig } from '../../config';
import { portalEntry, type PortalSession } from '../../session';
import { configuredPortalRef } from '../history/collector-portal';
import type { LicenseSnapshot, PortalRef } from '../../licensing/snapshot';
import type { ScheduledChange } from '../../licensing/scheduled-changes';
import { secretBox, type SecretBox } from '../../store/alerts-secret-box';
import { appStore } from '../../store/app-store';
import type { Store } from '../../store/engine';
import { deliverDue, type DeliveryDeps } from './deliver';
import { evaluateAndQueue } from './evaluate';

// The alerts of this server process: filed under each configured portal (its URL and configured
// orgId, as the collector files its runs, so the "collector could not read the portal" rule reads them), evaluated after each collection and by "Check now", delivered at once, and retried by
// a timer every minute on whichever instance gets to a due delivery first.

const RETRY_TICK_MS = 60_000;

let box: { secret: string; box: SecretBox } | undefined;

/** The configured portal of a session, as alerts (and the collector's runs) are filed. */
export function alertsPortal(session: Pick<PortalSession, 'portalId' | 'portalUrl'>): PortalRef {
  return configuredPortalRef(portalEntry(session.portalId) ?? { url: session.portalUrl });
}

/** Delivery's dependencies on this process's settings. Throws ConfigError for a bad ALERTS_SECRET, SMTP_URL or ALERT_MAIL_FROM. */
export function deliveryDeps(store: Store): DeliveryDeps {
  const config = getAlertsConfig();
  if (box?.secret !== config.secret) box = { secret: config.secret, box: secretBox(config.secret) };
  return { store, box: box.box, smtp: { url: config.smtpUrl, from: config.mailFrom }, now: () => Date.now() };
}

/**
 * Evaluates every rule now (the snapshot just taken or read; undefined when the portal could not be
 * read) and delivers what it queued. Returns the delivery outcomes. Throws StoreUnavailableError.
 */
export async function checkAlerts(
  store: Store,
  portal: PortalRef,
  input: { snapshot: LicenseSnapshot | undefined; scheduled?: readonly ScheduledChange[] },
): Promise<{ id: number; ok: boolean; answer: string }[]> {
  const ids = await evaluateAndQueue(store, portal, { ...input, now: Date.now() });
  return ids.length > 0 ? deliverDue(deliveryDeps(store), ids) : [];
}

/** Starts the retry timer of this process (instrumentation.ts); returns a function that stops it. */
export function startAlertRetries(log: (line: string) => void = console.log): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    appStore()
      .then((store) => deliverDue(deliveryDeps(store)))
      .then((outcomes) => {
        for (const o of outcomes) log(`[alerts] retry of notification ${o.id}: ${o.ok ? 'sent' : 'failed'}, ${o.answer}`);
      })
      .catch((error: unknown) => log(`[alerts] retries skipped: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = false;
      });
  }, RETRY_TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
