import { formatCount, formatUtcDate } from '../view/dates';
import type { AlertRule, AlertRuleKind, RuleOf } from './alert-rules';
import { CATEGORY_LABELS, displayName } from './display-names';
import { daysUntil } from './expiry-buckets';
import type { Forecast } from './forecast';
import type { EntitlementCategory } from './license-model';
import type { ScheduledChange } from './scheduled-changes';
import type { LicenseSnapshot } from './snapshot';

// Every rule over what the dashboard knows at one moment (a snapshot and what goes with it), as the
// conditions that hold now. Which of them notify (start, escalate, clear) is alert-transitions.ts.

/** What the rules read. Any part may be missing: the rules that need it are then not evaluated (and their conditions stay as they were). */
export interface AlertInput {
  /** Epoch ms. */
  now: number;
  snapshot?: Pick<LicenseSnapshot, 'members' | 'entitlements' | 'serverExpirations'>;
  /** The organization's scheduled changes (organizationScheduledChanges); those with a shortfall fire. */
  scheduled?: readonly ScheduledChange[];
  /** Each entitlement's forecast (forecastSeatLimit). */
  forecasts?: readonly { category: EntitlementCategory; id: string; forecast: Forecast }[];
  /** The collector's latest runs, newest first. */
  collectorRuns?: readonly { outcome: 'ok' | 'failed'; reason: string | null }[];
}

/**
 * A condition that holds now. `key` names it across evaluations (rule and subject); `rank` orders its
 * levels (a higher rank is an escalation); `title` and `detail` are the words a notification carries.
 */
export interface AlertCondition {
  key: string;
  rule: AlertRuleKind;
  subject: string;
  level: string;
  rank: number;
  title: string;
  detail: string;
}

const nameOf = (category: EntitlementCategory, id: string) => `${displayName(category, id)} (${CATEGORY_LABELS[category]})`;

function condition(rule: AlertRuleKind, subject: string, level: string, rank: number, title: string, detail: string): AlertCondition {
  return { key: `${rule}:${subject}`, rule, subject, level, rank, title, detail };
}

/** The expiry level of a date: expired, else the smallest threshold it is within (exactly 30 days is within 30); undefined: none. */
function expiryLevel(expiresAt: number, now: number, days: readonly number[]): { level: string; rank: number } | undefined {
  if (expiresAt <= now) return { level: 'expired', rank: days.length + 1 };
  const left = daysUntil(expiresAt, now);
  const index = days.findLastIndex((threshold) => left <= threshold);
  return index < 0 ? undefined : { level: `within-${days[index]}`, rank: index + 1 };
}

function expiry(rule: RuleOf<'expiry'>, input: AlertInput): AlertCondition[] | undefined {
  const snapshot = input.snapshot;
  if (!snapshot) return undefined;
  const items = [
    ...snapshot.entitlements.map((e) => ({ subject: `${e.kind}:${e.id}`, name: nameOf(e.kind, e.id), expiresAt: e.expiresAt })),
    ...snapshot.serverExpirations.map((s) => ({ subject: `server:${s.server}:${s.name}`, name: `${s.name} on ${s.server}`, expiresAt: s.expiresAt })),
  ];
  return items.flatMap(({ subject, name, expiresAt }) => {
    const level = expiresAt === null ? undefined : expiryLevel(expiresAt, input.now, rule.settings.days);
    if (!level || expiresAt === null) return [];
    const date = formatUtcDate(expiresAt);
    const left = daysUntil(expiresAt, input.now);
    const title = level.level === 'expired' ? `${name} expired on ${date}` : `${name} expires on ${date}, in ${left} ${left === 1 ? 'day' : 'days'}`;
    return [condition('expiry', subject, level.level, level.rank, title, `Expiry date ${date} (UTC).`)];
  });
}

/** The usage level: over when more are used than purchased, else the highest percent reached; undefined: below all. */
export function usageLevel(used: number, purchased: number, percents: readonly number[]): { level: string; rank: number } | undefined {
  if (used > purchased) return { level: 'over', rank: percents.length + 1 };
  // Whole numbers, so exactly 90 % of 10 seats (9) counts without floating-point doubt.
  const index = percents.findLastIndex((percent) => used * 100 >= percent * purchased && used > 0);
  return index < 0 ? undefined : { level: `at-${percents[index]}`, rank: index + 1 };
}

function usageTitle(name: string, used: number, purchased: number, level: string): string {
  const figures = `${formatCount(used)} of ${formatCount(purchased)}`;
  if (level === 'over') return `${name}: ${figures} in use — over by ${formatCount(used - purchased)}`;
  return `${name}: ${figures} in use (${level.slice(3)} % or more)`;
}

function seats(rule: RuleOf<'seats'>, input: AlertInput): AlertCondition[] | undefined {
  return input.snapshot?.entitlements.flatMap((e) => {
    const level = usageLevel(e.seatsAssigned, e.seatsPurchased, rule.settings.percents);
    if (!level) return [];
    const title = usageTitle(nameOf(e.kind, e.id), e.seatsAssigned, e.seatsPurchased, level.level);
    return [condition('seats', `${e.kind}:${e.id}`, level.level, level.rank, title, 'Seats in use against seats purchased.')];
  });
}

function members(rule: RuleOf<'members'>, input: AlertInput): AlertCondition[] | undefined {
  const counts = input.snapshot?.members;
  if (!counts) return undefined;
  const level = usageLevel(counts.inUse, counts.limit, rule.settings.percents);
  if (!level) return [];
  const title = usageTitle('Members', counts.inUse, counts.limit, level.level);
  return [condition('members', 'members', level.level, level.rank, title, 'Members in the organization against its member limit.')];
}

function scheduledShortfall(input: AlertInput): AlertCondition[] | undefined {
  return input.scheduled?.flatMap((change) => {
    const short = change.shortfall;
    if (!short) return [];
    const title = `${change.name}: ${formatCount(short.seats)} seats from ${formatUtcDate(change.date)}, ${formatCount(short.used)} members hold it today`;
    const detail = `${formatCount(short.over)} must be moved before the change.`;
    return [condition('scheduled-shortfall', `${change.category}:${change.id}@${change.date}`, 'short', 1, title, detail)];
  });
}

function forecast(rule: RuleOf<'forecast'>, input: AlertInput): AlertCondition[] | undefined {
  return input.forecasts?.flatMap(({ category, id, forecast: f }) => {
    if (f.kind !== 'reaches-limit' || daysUntil(f.date, input.now) > rule.settings.days) return [];
    const title = `${nameOf(category, id)} is forecast to reach its ${formatCount(f.limit)} seats on ${formatUtcDate(f.date)}`;
    const detail = `Least squares over ${f.fit.days} days, R² ${f.fit.rSquared.toFixed(2)}.`;
    return [condition('forecast', `${category}:${id}`, `within-${rule.settings.days}`, 1, title, detail)];
  });
}

function collectorDown(rule: RuleOf<'collector-down'>, input: AlertInput): AlertCondition[] | undefined {
  const runs = input.collectorRuns;
  if (!runs) return undefined;
  const latest = runs.slice(0, rule.settings.runs);
  if (latest.length < rule.settings.runs || latest.some((run) => run.outcome !== 'failed')) return [];
  const title = `The collector could not read the portal ${latest.length} times in a row`;
  return [condition('collector-down', 'collector', 'down', 1, title, `Last reason: ${latest[0]?.reason ?? 'not recorded'}`)];
}

function evaluateRule(rule: AlertRule, input: AlertInput): AlertCondition[] | undefined {
  switch (rule.kind) {
    case 'expiry':
      return expiry(rule, input);
    case 'seats':
      return seats(rule, input);
    case 'members':
      return members(rule, input);
    case 'scheduled-shortfall':
      return scheduledShortfall(input);
    case 'forecast':
      return forecast(rule, input);
    case 'collector-down':
      return collectorDown(rule, input);
  }
}

/**
 * Every enabled rule over `input`: the conditions that hold now, and which rules were evaluated (a
 * rule whose input is missing is not, so its conditions neither clear nor change).
 */
export function evaluateAlerts(rules: readonly AlertRule[], input: AlertInput): { conditions: AlertCondition[]; evaluated: Set<AlertRuleKind> } {
  const conditions: AlertCondition[] = [];
  const evaluated = new Set<AlertRuleKind>();
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const found = evaluateRule(rule, input);
    if (!found) continue;
    evaluated.add(rule.kind);
    conditions.push(...found);
  }
  return { conditions, evaluated };
}
