import { z } from 'zod';

// The alert rules of issue 14, as settings an admin can change on /alerts: which conditions each
// rule watches for, its thresholds, whether it is on, and the channels it notifies. Pure data; the
// evaluation is alert-evaluate.ts.

export const ALERT_RULE_KINDS = ['expiry', 'seats', 'members', 'scheduled-shortfall', 'forecast', 'collector-down'] as const;
/** expiry: an entitlement or server authorization expires; seats/members: use against the limit; the rest as named. */
export type AlertRuleKind = (typeof ALERT_RULE_KINDS)[number];

const Days = z.number().int().min(1).max(365);
const Percent = z.number().int().min(1).max(100);
// Thresholds are read in one order by the evaluation (days largest first, percents smallest first),
// so they are kept sorted and without repeats whatever order the form sent.
const sortedUnique = (order: 1 | -1) => (values: number[]) => [...new Set(values)].sort((a, b) => order * (a - b));

/** Days before an expiry to notify at (each crossing escalates). */
const ExpirySettings = z.object({ days: z.array(Days).min(1).max(6).transform(sortedUnique(-1)) });
/** Percent of seats purchased (of the member limit) to notify at; using more than purchased is always "over". */
const UsageSettings = z.object({ percents: z.array(Percent).min(1).max(4).transform(sortedUnique(1)) });
const ForecastSettings = z.object({ days: Days });
/** How many collector runs in a row must fail. */
const CollectorSettings = z.object({ runs: z.number().int().min(2).max(20) });
const NoSettings = z.object({});

const ChannelIds = z.array(z.number().int().positive()).max(20);
const rule = <K extends string, S extends z.ZodType>(kind: K, settings: S) =>
  z.object({ kind: z.literal(kind), enabled: z.boolean(), settings, channelIds: ChannelIds });

/** One rule: its kind, on or off, its settings and the ids of the channels it notifies. Parses form input and stored rows alike. */
export const AlertRuleSchema = z.discriminatedUnion('kind', [
  rule('expiry', ExpirySettings),
  rule('seats', UsageSettings),
  rule('members', UsageSettings),
  rule('scheduled-shortfall', NoSettings),
  rule('forecast', ForecastSettings),
  rule('collector-down', CollectorSettings),
]);
export type AlertRule = z.output<typeof AlertRuleSchema>;
export type RuleOf<K extends AlertRuleKind> = Extract<AlertRule, { kind: K }>;

/** The defaults of issue 14: every rule on; channels are chosen on the page (none until then). */
export const DEFAULT_RULES: readonly AlertRule[] = [
  { kind: 'expiry', enabled: true, settings: { days: [60, 30, 7, 1] }, channelIds: [] },
  { kind: 'seats', enabled: true, settings: { percents: [90, 100] }, channelIds: [] },
  { kind: 'members', enabled: true, settings: { percents: [90] }, channelIds: [] },
  { kind: 'scheduled-shortfall', enabled: true, settings: {}, channelIds: [] },
  { kind: 'forecast', enabled: true, settings: { days: 30 }, channelIds: [] },
  { kind: 'collector-down', enabled: true, settings: { runs: 2 }, channelIds: [] },
];

/** What each rule is called on the page and in notifications. */
export const RULE_LABELS: Record<AlertRuleKind, string> = {
  expiry: 'Expirations',
  seats: 'Seats in use',
  members: 'Members against the member limit',
  'scheduled-shortfall': 'Scheduled change leaves too few seats',
  forecast: 'Forecast reaches a seat limit',
  'collector-down': 'Collector cannot read the portal',
};
