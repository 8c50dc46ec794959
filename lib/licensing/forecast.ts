import { linearRegression, linearRegressionLine, rSquared } from 'simple-statistics';

/**
 * When will an entitlement run out of seats? A straight line fitted by least squares (simple-statistics'
 * linearRegression, with rSquared for the fit) to the seats assigned on each day of the last 90, and
 * the day that line reaches the latest seat limit. Pure; no I/O.
 */

const DAY_MS = 86_400_000;
/** Days of history the line is fitted to, ending today. */
const FORECAST_WINDOW_DAYS = 90;
/** Fewer distinct days than this and the trend is noise: no forecast. */
const FORECAST_MIN_DAYS = 7;

/** One entitlement on one UTC day: `day` is epoch ms at (or within) that day; seats are counts. */
export interface DailySeats {
  day: number;
  seatsAssigned: number;
  seatsPurchased: number;
}

/** The fitted line: slope in seats per day, r² between 0 and 1, over `days` distinct days. */
interface Fit {
  slopePerDay: number;
  rSquared: number;
  days: number;
}

export type Forecast =
  | { kind: 'not-enough-data'; days: number }
  /** Flat or falling: no date. */
  | { kind: 'not-rising'; fit: Fit }
  /** Seats assigned already reach the latest limit. */
  | { kind: 'at-limit'; limit: number; fit: Fit }
  /** `date`: epoch ms of the UTC day the line reaches `limit`; never before today. */
  | { kind: 'reaches-limit'; date: number; limit: number; fit: Fit };

const utcDay = (epochMs: number) => Math.floor(epochMs / DAY_MS);

/**
 * Forecasts from daily points (any order; of several points on one day the last given counts) as of
 * `today` (epoch ms). The limit is the latest day's seats purchased, so a limit raised or lowered
 * mid-range is judged against what holds now.
 */
export function forecastSeatLimit(points: readonly DailySeats[], today: number): Forecast {
  const todayIndex = utcDay(today);
  const byDay = new Map<number, DailySeats>();
  for (const point of points) {
    const index = utcDay(point.day);
    if (index <= todayIndex && index > todayIndex - FORECAST_WINDOW_DAYS) byDay.set(index, point);
  }
  const days = [...byDay.entries()].sort(([a], [b]) => a - b);
  const latest = days.at(-1);
  if (!latest || days.length < FORECAST_MIN_DAYS) return { kind: 'not-enough-data', days: days.length };

  const data = days.map(([index, point]) => [index, point.seatsAssigned]);
  const line = linearRegression(data);
  const r2 = rSquared(data, linearRegressionLine(line));
  // A perfectly flat series has no variance to explain: its line fits exactly.
  const fit: Fit = { slopePerDay: line.m, rSquared: Number.isFinite(r2) ? r2 : 1, days: days.length };
  const limit = latest[1].seatsPurchased;
  if (latest[1].seatsAssigned >= limit) return { kind: 'at-limit', limit, fit };
  if (line.m <= 0) return { kind: 'not-rising', fit };
  const crossing = Math.ceil((limit - line.b) / line.m);
  return { kind: 'reaches-limit', date: Math.max(crossing, todayIndex) * DAY_MS, limit, fit };
}
