import { describe, expect, it } from 'vitest';
import { evaluateAlerts, usageLevel, type AlertInput } from './alert-evaluate';
import { AlertRuleSchema, DEFAULT_RULES, type AlertRule } from './alert-rules';
import type { Forecast } from './forecast';
import type { ScheduledChange } from './scheduled-changes';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 8, 0);
const MIDNIGHT = Date.UTC(2026, 11, 1);

function only(kind: AlertRule['kind']): AlertRule[] {
  return DEFAULT_RULES.filter((rule) => rule.kind === kind);
}

function snapshot(
  entitlements: { id: string; purchased?: number; assigned?: number; expiresAt?: number | null }[],
  members = { inUse: 70, limit: 1_400 },
) {
  return {
    members,
    entitlements: entitlements.map((e) => ({
      kind: 'userType' as const,
      id: e.id,
      seatsPurchased: e.purchased ?? 100,
      seatsAssigned: e.assigned ?? 0,
      expiresAt: e.expiresAt ?? null,
    })),
    serverExpirations: [],
  };
}

function levels(rules: AlertRule[], input: AlertInput): Record<string, string> {
  return Object.fromEntries(evaluateAlerts(rules, input).conditions.map((c) => [c.subject, c.level]));
}

describe('expiry rule', () => {
  it('fires at each threshold counted in UTC days: exactly 60, 30, 7 and 1 days are within them; 61 is not', () => {
    const at = (days: number) => MIDNIGHT + days * DAY;
    const input = {
      now: NOW,
      snapshot: snapshot([
        { id: 'd61', expiresAt: at(61) },
        { id: 'd60', expiresAt: at(60) },
        { id: 'd31', expiresAt: at(31) },
        { id: 'd30', expiresAt: at(30) },
        { id: 'd8', expiresAt: at(8) },
        { id: 'd7', expiresAt: at(7) },
        { id: 'd1', expiresAt: at(1) },
        { id: 'today', expiresAt: NOW + 1 },
        { id: 'past', expiresAt: NOW },
        { id: 'never', expiresAt: null },
      ]),
    };
    expect(levels(only('expiry'), input)).toEqual({
      'userType:d60': 'within-60',
      'userType:d31': 'within-60',
      'userType:d30': 'within-30',
      'userType:d8': 'within-30',
      'userType:d7': 'within-7',
      'userType:d1': 'within-1',
      'userType:today': 'within-1',
      'userType:past': 'expired',
    });
  });

  it('ranks each level above the one before, expired highest, and names the entitlement and its UTC date', () => {
    const input = {
      now: NOW,
      snapshot: snapshot([
        { id: 'creatorUT', expiresAt: MIDNIGHT + 30 * DAY },
        { id: 'viewerUT', expiresAt: NOW - DAY },
      ]),
    };
    const [soon, gone] = evaluateAlerts(only('expiry'), input).conditions;
    expect(soon?.rank).toBe(2);
    expect(gone?.rank).toBe(5);
    expect(soon?.title).toBe('Creator (User type) expires on Dec 31, 2026, in 30 days');
    expect(gone?.title).toMatch(/^Viewer \(User type\) expired on Nov 30, 2026$/);
  });

  it('watches server authorizations too', () => {
    const input = {
      now: NOW,
      snapshot: { ...snapshot([]), serverExpirations: [{ server: 'gis-server', name: 'ArcGIS Server Advanced', expiresAt: MIDNIGHT + 5 * DAY }] },
    };
    expect(levels(only('expiry'), input)).toEqual({ 'server:gis-server:ArcGIS Server Advanced': 'within-7' });
  });

  it('follows thresholds the admin chose, in any order', () => {
    const rule = AlertRuleSchema.parse({ kind: 'expiry', enabled: true, settings: { days: [14, 90, 14] }, channelIds: [] });
    expect(rule.settings).toEqual({ days: [90, 14] });
    expect(levels([rule], { now: NOW, snapshot: snapshot([{ id: 'a', expiresAt: MIDNIGHT + 80 * DAY }]) })).toEqual({ 'userType:a': 'within-90' });
  });
});

describe('seats and members rules', () => {
  it('90 % is reached at exactly 90 %, 100 % at exactly the seats purchased, over beyond', () => {
    expect(usageLevel(89, 100, [90, 100])).toBeUndefined();
    expect(usageLevel(90, 100, [90, 100])).toEqual({ level: 'at-90', rank: 1 });
    expect(usageLevel(9, 10, [90, 100])).toEqual({ level: 'at-90', rank: 1 });
    expect(usageLevel(99, 100, [90, 100])).toEqual({ level: 'at-90', rank: 1 });
    expect(usageLevel(100, 100, [90, 100])).toEqual({ level: 'at-100', rank: 2 });
    expect(usageLevel(101, 100, [90, 100])).toEqual({ level: 'over', rank: 3 });
    expect(usageLevel(0, 0, [90, 100])).toBeUndefined();
    expect(usageLevel(1, 0, [90, 100])).toEqual({ level: 'over', rank: 3 });
  });

  it('fires per entitlement with the figures in words', () => {
    const input = {
      now: NOW,
      snapshot: snapshot([
        { id: 'creatorUT', purchased: 40, assigned: 53 },
        { id: 'viewerUT', purchased: 100, assigned: 10 },
      ]),
    };
    const conditions = evaluateAlerts(only('seats'), input).conditions;
    expect(conditions.map((c) => [c.subject, c.level, c.title])).toEqual([
      ['userType:creatorUT', 'over', 'Creator (User type): 53 of 40 in use — over by 13'],
    ]);
  });

  it('members reach 90 % of the member limit', () => {
    const at = (inUse: number) => levels(only('members'), { now: NOW, snapshot: snapshot([], { inUse, limit: 1_400 }) });
    expect(at(1_259)).toEqual({});
    expect(at(1_260)).toEqual({ members: 'at-90' });
    expect(at(1_401)).toEqual({ members: 'over' });
  });
});

describe('scheduled shortfall, forecast and collector rules', () => {
  it('a scheduled change with fewer seats than members assigned fires; one that fits does not', () => {
    const change = (id: string, shortfall?: ScheduledChange['shortfall']): ScheduledChange => ({
      category: 'userType',
      id,
      date: MIDNIGHT + 40 * DAY,
      before: 50,
      after: 20,
      key: id,
      name: id,
      kindLabel: 'User type',
      ...(shortfall ? { shortfall } : {}),
    });
    const input = { now: NOW, scheduled: [change('short', { seats: 20, used: 25, over: 5 }), change('fits')] };
    expect(levels(only('scheduled-shortfall'), input)).toEqual({ [`userType:short@${MIDNIGHT + 40 * DAY}`]: 'short' });
  });

  it('a forecast within 30 days fires, at 31 days or not rising it does not', () => {
    const fit = { slopePerDay: 1, rSquared: 0.9, days: 60 };
    const reaches = (days: number): Forecast => ({ kind: 'reaches-limit', date: MIDNIGHT + days * DAY, limit: 100, fit });
    const input = {
      now: NOW,
      forecasts: [
        { category: 'app' as const, id: 'in30', forecast: reaches(30) },
        { category: 'app' as const, id: 'in31', forecast: reaches(31) },
        { category: 'app' as const, id: 'flat', forecast: { kind: 'not-rising' as const, fit } },
      ],
    };
    expect(levels(only('forecast'), input)).toEqual({ 'app:in30': 'within-30' });
  });

  it('the collector rule needs two failed runs in a row, the newest first', () => {
    const at = (...outcomes: ('ok' | 'failed')[]) =>
      levels(only('collector-down'), { now: NOW, collectorRuns: outcomes.map((outcome) => ({ outcome, reason: 'connection refused' })) });
    expect(at('failed')).toEqual({});
    expect(at('failed', 'ok', 'failed')).toEqual({});
    expect(at('ok', 'failed', 'failed')).toEqual({});
    expect(at('failed', 'failed', 'ok')).toEqual({ collector: 'down' });
  });
});

describe('evaluateAlerts', () => {
  it('evaluates only enabled rules with their input present', () => {
    const rules = DEFAULT_RULES.map((rule) => (rule.kind === 'seats' ? { ...rule, enabled: false } : rule));
    const { evaluated } = evaluateAlerts(rules, { now: NOW, snapshot: snapshot([]) });
    expect([...evaluated].sort()).toEqual(['expiry', 'members']);
  });

  it('refuses settings out of range, naming the field', () => {
    const result = AlertRuleSchema.safeParse({ kind: 'seats', enabled: true, settings: { percents: [0] }, channelIds: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['settings', 'percents', 0]);
  });
});
