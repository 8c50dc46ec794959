import { seedLargeOrg } from '../../emulator/seed-large';
import { memberCounts, type OrgState } from '../../emulator/state';
import { evaluateAlerts, type AlertInput } from '../../lib/licensing/alert-evaluate';
import { DEFAULT_RULES } from '../../lib/licensing/alert-rules';
import { alertTransitions, type FiringCondition } from '../../lib/licensing/alert-transitions';
import { forecastSeatLimit, type DailySeats } from '../../lib/licensing/forecast';
import type { SnapshotEntitlement } from '../../lib/licensing/snapshot';
import type { Row } from './report';
import { ms, percentile } from './stats';

// Issue 14: every alert rule over the 500-entitlement demo snapshot (EMULATOR_SCALE=large's seed),
// p50 ≤ 20 ms. One evaluation is what the collector does after a snapshot: each entitlement's 90-day
// forecast, every rule, and the comparison with what was firing. Pure CPU, so no server is started.

const DAY = 86_400_000;
const RUNS = 200;

/** The large seed's license as the collector's snapshot holds it: seats purchased, members assigned, expiry. */
function demoSnapshot(org: OrgState, now: number): NonNullable<AlertInput['snapshot']> {
  const { license } = org;
  const kinds = [
    ['userType', license.userTypes, memberCounts(org, 'userLicenseType')],
    ['app', license.apps, memberCounts(org, 'app')],
    ['appBundle', license.appBundles, memberCounts(org, 'appBundle')],
    ['extension', license.extensions, undefined],
  ] as const;
  const entitlements: SnapshotEntitlement[] = kinds.flatMap(([kind, entries, counts]) =>
    entries.map((e) => ({
      kind,
      id: e.id,
      seatsPurchased: e.maximumRegisteredMembers,
      seatsAssigned: counts?.get(e.id) ?? 0,
      expiresAt: e.expiration ?? null,
    })),
  );
  const serverExpirations = [{ server: 'bench-server', name: 'ArcGIS Server Advanced', expiresAt: now + 20 * DAY }];
  return { members: { inUse: org.members.length, limit: license.maximumRegisteredMembers }, entitlements, serverExpirations };
}

/** 90 days of rising use per entitlement, the history the forecast reads. */
function history(entitlements: readonly SnapshotEntitlement[], now: number): Map<string, DailySeats[]> {
  return new Map(
    entitlements.map((e) => [
      `${e.kind}:${e.id}`,
      Array.from({ length: 90 }, (_, d) => ({
        day: now - (89 - d) * DAY,
        seatsAssigned: Math.max(0, e.seatsAssigned - 89 + d),
        seatsPurchased: e.seatsPurchased,
      })),
    ]),
  );
}

/** The evaluation's p50 and p95 in ms over RUNS runs, and how many conditions fired. */
export function measureAlerts(now: number = Date.now()): Row[] {
  const org = seedLargeOrg('portal', now);
  const snapshot = demoSnapshot(org, now);
  const daily = history(snapshot.entitlements, now);
  const collectorRuns = [{ outcome: 'ok' as const, reason: null }];
  let firing: FiringCondition[] = [];
  const samples: number[] = [];
  let fired = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const forecasts = snapshot.entitlements.map((e) => ({
      category: e.kind,
      id: e.id,
      forecast: forecastSeatLimit(daily.get(`${e.kind}:${e.id}`) ?? [], now),
    }));
    const { conditions, evaluated } = evaluateAlerts(DEFAULT_RULES, { now, snapshot, forecasts, collectorRuns, scheduled: [] });
    firing = alertTransitions(firing, conditions, evaluated, now, () => [1]).firing;
    samples.push(performance.now() - started);
    fired = conditions.length;
  }
  const p50 = percentile(samples, 50);
  return [
    {
      figure: `alerts: every rule over the ${snapshot.entitlements.length}-entitlement demo snapshot (forecasts included; ${fired} conditions), p50 / p95`,
      value: `${ms(p50)} / ${ms(percentile(samples, 95))}`,
      target: 'p50 ≤ 20 ms',
      met: p50 <= 20,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of measureAlerts()) console.log(`${row.figure}: ${row.value}; target ${row.target} ${row.met ? '✔' : '✘'}`);
}
