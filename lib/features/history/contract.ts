import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { ENTITLEMENT_CATEGORIES } from '../../licensing/license-model';
import { HISTORY_RANGES } from '../../licensing/history-series';

// License history from the dashboard's store: the /history page's seats over time with markers and
// forecasts, its CSV, and the overview's 90-day trend per user type.

// Entitlement ids as licenses spell them (creatorUT, arcgisprodesktop, GISProfessionalAdvUT, …).
const EntitlementIdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, { error: 'each id is letters, digits, _ . : - (at most 100)' });
/** More than any license lists, so a URL cannot make the store read an unbounded list. */
const MAX_IDS = 600;

/** ?range=30d|90d|1y|all&ids=creatorUT,viewerUT — ids omitted: the user types. */
export const HistoryQuerySchema = z.object({
  range: z.enum(HISTORY_RANGES, { error: 'must be one of 30d, 90d, 1y, all' }).default('90d'),
  ids: z
    .string()
    .transform((text) => [
      ...new Set(
        text
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== ''),
      ),
    ])
    .pipe(z.array(EntitlementIdSchema).max(MAX_IDS, { error: `at most ${MAX_IDS} entitlements` }))
    .optional(),
});
export type HistoryQuery = z.output<typeof HistoryQuerySchema>;

const KindSchema = z.enum(ENTITLEMENT_CATEGORIES);

const DayPointSchema = z.object({
  /** Start of the UTC day, epoch ms. */
  day: z.number(),
  seatsAssigned: z.number(),
  seatsPurchased: z.number(),
  expiresAt: z.number().nullable(),
  /** From the demo's synthetic history, not a recorded snapshot. */
  synthetic: z.boolean(),
});

const HistorySeriesSchema = z.object({
  id: z.string(),
  kind: KindSchema,
  name: z.string(),
  days: z.array(DayPointSchema),
  markers: z.array(z.object({ day: z.number(), kind: z.enum(['import', 'expiration']), text: z.string() })),
  /** lib/licensing/history-forecast-words.ts: the finding, how it was found, the day (rising trends only). */
  forecast: z.object({ summary: z.string(), method: z.string().optional(), date: z.number().optional() }),
});
export type HistorySeries = z.output<typeof HistorySeriesSchema>;

const HistoryViewSchema = z.object({
  asOf: z.number(),
  range: z.enum(HISTORY_RANGES),
  /** Epoch ms, the range's first instant (0 for all) and `asOf`. */
  from: z.number(),
  /** Every entitlement of the latest snapshot, to choose from (user types first). */
  choices: z.array(z.object({ id: z.string(), kind: KindSchema, name: z.string() })),
  /** The ids drawn: as asked, or the user types. */
  chosen: z.array(z.string()),
  /** Snapshots in the range, and whether any is synthetic demo history. */
  snapshots: z.number(),
  synthetic: z.boolean(),
  series: z.array(HistorySeriesSchema),
});
export type HistoryView = z.output<typeof HistoryViewSchema>;

const UserTypeTrendSchema = z.object({
  id: z.string(),
  /** Seats assigned a day over the last 90 days, oldest first (empty: none stored). */
  sparkline: z.array(z.number()),
  /** "+12 seats in 90 days", or undefined with fewer than two days stored. */
  text: z.string().optional(),
  /** The forecast's day when it falls within a year (epoch ms), with its sentence. */
  forecastDate: z.number().optional(),
  forecastText: z.string().optional(),
});

const TrendViewSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('read'), asOf: z.number(), synthetic: z.boolean(), trends: z.array(UserTypeTrendSchema) }),
  /** The store is out of reach: `reason` says why; the overview's live figures are unaffected. */
  z.object({ state: z.literal('unavailable'), reason: z.string() }),
]);
export type TrendView = z.output<typeof TrendViewSchema>;

/** Seats over time for the chosen entitlements and range, from the store (503 store_unavailable when it is down). */
export const historyEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/history',
  key: ['history'],
  input: HistoryQuerySchema,
  output: HistoryViewSchema,
});

/** The overview's trend column: each user type over 90 days; a down store is an answer, not an error. */
export const trendEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/history/trend',
  key: ['history', 'trend'],
  input: undefined,
  output: TrendViewSchema,
});

/** The CSV of the same query, streamed (not a JSON endpoint: linked, not fetched). */
export const HISTORY_CSV_PATH = '/api/history/csv';
