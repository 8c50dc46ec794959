import type { Forecast } from './forecast';

// The forecast (forecast.ts) and the overview's trend in words, so the page, its table and its tests
// say the same sentence. Pure; no I/O.

const UTC_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

/** What the forecast says: `summary` the finding, `method` how it was found (absent when nothing was fitted). */
export interface ForecastWords {
  summary: string;
  method?: string;
  /** Epoch ms of the predicted day, for a rising trend only. */
  date?: number;
}

/** "least squares over the last 90 days, R² 0.87, from 90 days". */
function methodOf(fit: { rSquared: number; days: number }): string {
  return `least squares over the last 90 days, R² ${fit.rSquared.toFixed(2)}, from ${plural(fit.days, 'day')}`;
}

/** Beyond this a straight line says nothing useful: a slope of a seat a year "reaches" the limit in 2400. */
const HORIZON_YEARS = 10;
const YEAR_MS = 365.25 * 86_400_000;

/**
 * Below this R² the line explains less than a third of how seats in use move from day to day: its
 * slope is mostly noise (the demo's flat, wobbling series fit at R² 0.01 and "reached" their limit in
 * 2186), so no date is given, only the fit that was found.
 */
const MIN_R_SQUARED = 0.3;

/** The forecast in words as of `today` (epoch ms); a date past HORIZON_YEARS, or from a fit under MIN_R_SQUARED, is not given. */
export function forecastWords(forecast: Forecast, today: number): ForecastWords {
  switch (forecast.kind) {
    case 'not-enough-data':
      return { summary: `Not enough data: ${plural(forecast.days, 'distinct day')} in the last 90, at least 7 needed` };
    case 'not-rising':
      return { summary: 'Not rising: no date to forecast', method: methodOf(forecast.fit) };
    case 'at-limit':
      return { summary: `At its limit of ${plural(forecast.limit, 'seat')} already`, method: methodOf(forecast.fit) };
    case 'reaches-limit':
      if (forecast.fit.rSquared < MIN_R_SQUARED) {
        return {
          summary: `No clear trend: seats in use vary more than they rise, so no date is forecast (a date needs R² ≥ ${MIN_R_SQUARED.toFixed(2)})`,
          method: methodOf(forecast.fit),
        };
      }
      if (forecast.date - today > HORIZON_YEARS * YEAR_MS) {
        return {
          summary: `Rising too slowly to reach its limit of ${plural(forecast.limit, 'seat')} within ${HORIZON_YEARS} years`,
          method: methodOf(forecast.fit),
        };
      }
      return {
        summary: `Reaches its limit of ${plural(forecast.limit, 'seat')} on ${UTC_DATE.format(new Date(forecast.date))} (UTC)`,
        method: methodOf(forecast.fit),
        date: forecast.date,
      };
  }
}

/** "+12 seats in 90 days", "−3 seats in 90 days", "no change in 90 days"; `days` is the window actually covered. */
export function trendWords(change: number, days: number): string {
  const span = plural(days, 'day');
  if (change === 0) return `no change in ${span}`;
  return `${change > 0 ? '+' : '−'}${plural(Math.abs(change), 'seat')} in ${span}`;
}
