import 'server-only';
import { evaluateAlerts } from '../../licensing/alert-evaluate';
import type { AlertRuleKind } from '../../licensing/alert-rules';
import { routeTransitions } from '../../licensing/alert-routing';
import { alertTransitions } from '../../licensing/alert-transitions';
import { forecastSeatLimit, type DailySeats } from '../../licensing/forecast';
import type { EntitlementCategory } from '../../licensing/license-model';
import type { ScheduledChange } from '../../licensing/scheduled-changes';
import type { LicenseSnapshot, PortalRef } from '../../licensing/snapshot';
import { listAlertChannels, readAlertRules } from '../../store/alerts';
import { recordEvaluation } from '../../store/alerts-notifications';
import { latestCollectorRuns } from '../../store/collector-runs';
import type { Store } from '../../store/engine';
import { readHistory } from '../../store/snapshots';

const DAY_MS = 86_400_000;
/** The forecast's window (lib/licensing/forecast.ts fits the last 90 days). */
const FORECAST_DAYS = 90;
/** Runs read for the collector rule: more than any setting of it (at most 20). */
const RUNS_READ = 20;

/** Each entitlement's forecast from the stored history of the last 90 days. */
async function forecasts(store: Store, portal: PortalRef, now: number) {
  const history = await readHistory(store, { portal, from: now - FORECAST_DAYS * DAY_MS, to: now });
  const series = new Map<string, { category: EntitlementCategory; id: string; days: DailySeats[] }>();
  for (const point of history.points) {
    const key = `${point.kind}:${point.id}`;
    const entry = series.get(key) ?? { category: point.kind, id: point.id, days: [] };
    entry.days.push({ day: point.takenAt, seatsAssigned: point.seatsAssigned, seatsPurchased: point.seatsPurchased });
    series.set(key, entry);
  }
  return [...series.values()].map(({ category, id, days }) => ({ category, id, forecast: forecastSeatLimit(days, now) }));
}

/** What one evaluation reads besides the store: the license as it stands (undefined when it could not be read) and its scheduled changes when read. */
export interface EvaluationInput {
  snapshot: LicenseSnapshot | undefined;
  scheduled?: readonly ScheduledChange[];
  /** Epoch ms. */
  now: number;
}

/**
 * Evaluates every rule of `portal` (alerts are filed under the configured portal, as the collector's
 * runs are) and queues the notifications of what started, escalated or cleared. Conditions of a rule
 * turned off are dropped without a notification. Returns the queued notifications' ids (to deliver
 * now). Throws StoreUnavailableError when the store is out of reach.
 */
export async function evaluateAndQueue(store: Store, portal: PortalRef, input: EvaluationInput): Promise<number[]> {
  const { now } = input;
  const [rules, channels, runs, predicted] = await Promise.all([
    readAlertRules(store, portal),
    listAlertChannels(store, portal),
    latestCollectorRuns(store, portal, RUNS_READ),
    // History is filed under the snapshot's own portal (with the organization the portal reports).
    // Without a snapshot the forecast rule is not evaluated: a failed read must not clear it.
    input.snapshot ? forecasts(store, input.snapshot.portal, now) : undefined,
  ]);
  const enabled = new Set(rules.filter((r) => r.enabled).map((r) => r.kind));
  const { conditions, evaluated } = evaluateAlerts(rules, {
    now,
    snapshot: input.snapshot,
    scheduled: input.scheduled,
    forecasts: predicted,
    collectorRuns: runs,
  });
  return recordEvaluation(store, portal, now, (firing) => {
    const channelsOf = (kind: AlertRuleKind) => rules.find((r) => r.kind === kind)?.channelIds ?? [];
    const step = alertTransitions(
      firing.filter((c) => enabled.has(c.rule)),
      conditions,
      evaluated,
      now,
      channelsOf,
    );
    return { firing: step.firing, notifications: routeTransitions(step.transitions, channels, portal.url, now) };
  });
}
