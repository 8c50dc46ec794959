import 'server-only';
import { entitlementName } from '../../licensing/display-names';
import { DAY_MS } from '../../licensing/expiry-buckets';
import { forecastSeatLimit } from '../../licensing/forecast';
import { forecastWords } from '../../licensing/history-forecast-words';
import { historyMarkers } from '../../licensing/history-markers';
import { dailySeries, daysFrom, rangeStart } from '../../licensing/history-series';
import { ENTITLEMENT_CATEGORIES } from '../../licensing/license-model';
import type { PortalRef } from '../../licensing/snapshot';
import type { Store } from '../../store/engine';
import { latestSnapshotAt, readEntitlementSeries, readHistory } from '../../store/snapshots';
import type { HistoryQuery, HistoryView } from './contract';

// The /history page's figures from the store: which entitlements there are to choose from (those
// of the latest snapshot), then only the chosen ones over the range, shaped a point a day.

/** The forecast reads the last 90 days whatever range is shown. */
const FORECAST_DAYS = 90;

async function latestEntitlements(store: Store, portal: PortalRef, now: number): Promise<HistoryView['choices']> {
  const latest = await latestSnapshotAt(store, portal, now);
  if (latest === undefined) return [];
  const { points } = await readHistory(store, { portal, from: latest, to: latest, serverExpirations: false });
  const choices = points.map((p) => ({ id: p.id, kind: p.kind, name: entitlementName({ category: p.kind, id: p.id }) }));
  const rank = (kind: (typeof choices)[number]['kind']) => ENTITLEMENT_CATEGORIES.indexOf(kind);
  return choices.sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name));
}

/**
 * The history of `portal` as of `now` (epoch ms) for the query: the chosen entitlements (default: the
 * user types of the latest snapshot), one point a UTC day, with import/expiration markers and each
 * one's seat-limit forecast. Asks the store for the chosen ids only. Throws StoreUnavailableError.
 */
export async function historyView(store: Store, portal: PortalRef, query: HistoryQuery, now: number): Promise<HistoryView> {
  const choices = await latestEntitlements(store, portal, now);
  const chosen = query.ids ?? choices.filter((c) => c.kind === 'userType').map((c) => c.id);
  const from = rangeStart(query.range, now);
  const forecastFrom = now - FORECAST_DAYS * DAY_MS;
  const read = await readEntitlementSeries(store, { portal, from: Math.min(from, forecastFrom), to: now, entitlementIds: chosen });
  const inRange = read.snapshots.filter((s) => s.takenAt >= from);
  const sourceAt = new Map(read.snapshots.map((s) => [s.takenAt, s.source]));
  const series = dailySeries(read.series, sourceAt, chosen).map((all) => {
    const shown = daysFrom(all, from);
    const forecast = forecastSeatLimit(all.days, now);
    return {
      ...shown,
      name: entitlementName({ category: all.kind, id: all.id }),
      markers: historyMarkers(shown, shown.days[0]?.day ?? from, now),
      forecast: forecastWords(forecast, now),
    };
  });
  return {
    asOf: now,
    range: query.range,
    from,
    choices,
    chosen,
    snapshots: inRange.length,
    synthetic: inRange.some((s) => s.source === 'demo-seed'),
    series,
  };
}
