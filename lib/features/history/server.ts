import 'server-only';
import { getConfig } from '../../config';
import { serve } from '../../endpoint/server';
import { DAY_MS } from '../../licensing/expiry-buckets';
import { trendWords } from '../../licensing/history-forecast-words';
import { seatChange } from '../../licensing/history-series';
import { portalRefOf } from '../../licensing/snapshot';
import type { PortalSession } from '../../session';
import { appStore } from '../../store/app-store';
import { StoreUnavailableError } from '../../store/errors';
import { readCounts, readLicense } from '../overview/server';
import { historyEndpoint, trendEndpoint, type HistoryQuery, type HistoryView, type TrendView } from './contract';
import { ensureDemoHistory, type LiveLicense } from './demo-seed';
import { historyView } from './history-view';

/** The overview's server render waits this long for the trend, then leaves it to the browser. */
const TREND_RENDER_BUDGET_MS = 100;
const YEAR_MS = 365 * DAY_MS;
/**
 * How long a portal's trend is reused. The store's reads are synchronous on SQLite, so every overview
 * render would otherwise spend them on its one thread; snapshots arrive at most hourly, and a 90-day
 * trend does not move in five minutes.
 */
const TREND_REUSE_MS = 5 * 60_000;
const recentTrends = new Map<string, { at: number; view: TrendView }>();

/** The license and member counts the overview reads, with the admin's session: what the demo seed matches. */
async function readLive(session: PortalSession): Promise<LiveLicense> {
  const [view, counts] = await Promise.all([readLicense(session), readCounts(session)]);
  return { license: view.license, assignedToday: { ...counts.counts.app, ...counts.counts.appBundle } };
}

/**
 * The history view for this session's portal (contract.ts HistoryView), seeding the demo's synthetic
 * year first in demo mode. Throws StoreUnavailableError (503 at the edge) and the portal's errors.
 */
export async function readHistoryView(session: PortalSession, query: HistoryQuery, now = Date.now()): Promise<HistoryView> {
  const store = await appStore();
  const portal = portalRefOf(session.portalUrl, session.profile);
  await ensureDemoHistory(store, portal, { demo: Boolean(getConfig().demoCredentials), now, readLive: () => readLive(session) });
  return historyView(store, portal, query, now);
}

export const history = serve(historyEndpoint, ({ session, input }) => readHistoryView(session, input));

async function readTrend(session: PortalSession, now = Date.now()): Promise<TrendView> {
  const key = `${session.portalUrl}\n${session.profile.orgId ?? ''}`;
  const recent = recentTrends.get(key);
  if (recent && now - recent.at < TREND_REUSE_MS) return recent.view;
  const view = await computeTrend(session);
  if (view.state === 'read') recentTrends.set(key, { at: now, view });
  return view;
}

async function computeTrend(session: PortalSession): Promise<TrendView> {
  try {
    const view = await readHistoryView(session, { range: '90d' });
    const trends = view.series.map((series) => {
      const span = seatChange(series, view.asOf);
      const date = series.forecast.date;
      const soon = date !== undefined && date - view.asOf <= YEAR_MS;
      return {
        id: series.id,
        sparkline: series.days.map((d) => d.seatsAssigned),
        text: span ? trendWords(span.change, span.days) : undefined,
        forecastDate: soon ? date : undefined,
        forecastText: soon ? series.forecast.summary : undefined,
      };
    });
    return { state: 'read', asOf: view.asOf, synthetic: view.synthetic, trends };
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { state: 'unavailable', reason: error.message };
    throw error;
  }
}

/** The overview's trend column: a down store is an answer ("unavailable" with its reason), not an error. */
export const trend = serve(trendEndpoint, ({ session }) => readTrend(session));

/**
 * The trend as the overview's server render reads it: given up after TREND_RENDER_BUDGET_MS (the
 * store slow, or the demo's year still being seeded) so the live page never waits for the store;
 * the browser then reads it itself.
 */
export const trendForOverview = {
  prefill(session: PortalSession) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`History trend not read within ${TREND_RENDER_BUDGET_MS} ms; the browser reads it.`)),
        TREND_RENDER_BUDGET_MS,
      );
    });
    return Promise.race([trend.prefill(session), late]).finally(() => clearTimeout(timer));
  },
};
