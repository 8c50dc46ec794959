import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { OrgLicense } from './license-model';
import type { LicenseSnapshot, PortalRef, ServerExpiration, SnapshotEntitlement } from './snapshot';

/**
 * Synthetic history for the demo: one snapshot a day for `days` days ending today, consistent with
 * the given license. Seats purchased and expirations are the license's throughout; seats assigned
 * move (most rising, some flat, some falling) and land exactly on today's figures, never above what
 * is purchased. Deterministic for a seed (pure-rand's xoroshiro128+), so the demo looks the same on
 * every start. Marked source 'demo-seed'. Pure; no I/O.
 */
export interface DemoHistoryInput {
  portal: PortalRef;
  license: OrgLicense;
  /** Epoch ms; the last snapshot is taken on this UTC day, never after this moment. */
  today: number;
  days?: number;
  seed: number;
  /** Seats assigned today where the license does not report them (apps, bundles: counted elsewhere). */
  assignedToday?: Readonly<Record<string, number>>;
  serverExpirations?: readonly ServerExpiration[];
}

const DAY_MS = 86_400_000;
// The time of day the synthetic collector "ran", UTC: away from midnight, so no snapshot sits on a day boundary.
const SNAPSHOT_HOUR_MS = 6 * 3_600_000;

type Trend = 'rising' | 'flat' | 'falling';

interface Path {
  entitlement: Omit<SnapshotEntitlement, 'seatsAssigned'>;
  today: number;
  start: number;
  /** Day-to-day wobble, in seats. */
  noise: number;
}

type Rng = ReturnType<typeof xoroshiro128plus>;

function pickTrend(rng: Rng): Trend {
  const roll = uniformInt(rng, 1, 100);
  return roll <= 70 ? 'rising' : roll <= 85 ? 'flat' : 'falling';
}

function startFor(trend: Trend, today: number, purchased: number, rng: Rng): number {
  if (trend === 'flat') return today;
  if (trend === 'rising') return Math.round((today * uniformInt(rng, 45, 85)) / 100);
  return Math.min(purchased, Math.round((today * uniformInt(rng, 110, 140)) / 100));
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, Math.round(value)));
}

export function demoHistory(input: DemoHistoryInput): LicenseSnapshot[] {
  const days = input.days ?? 365;
  const rng = xoroshiro128plus(input.seed);
  const todayStart = Math.floor(input.today / DAY_MS) * DAY_MS;
  const paths: Path[] = input.license.entitlements.flatMap((e) => {
    if (e.purchased === undefined) return [];
    const today = clamp(e.used ?? input.assignedToday?.[e.id] ?? (e.purchased * uniformInt(rng, 20, 90)) / 100, e.purchased);
    const trend = pickTrend(rng);
    return [
      {
        entitlement: { kind: e.category, id: e.id, seatsPurchased: e.purchased, expiresAt: e.expiration ?? null },
        today,
        start: startFor(trend, today, e.purchased, rng),
        noise: trend === 'flat' ? 0 : Math.max(1, Math.round(today / 40)),
      },
    ];
  });
  const membersLimit = input.license.members.purchased ?? 0;
  const membersToday = clamp(input.license.members.used ?? 0, membersLimit);
  const membersStart = Math.round((membersToday * 70) / 100);

  return Array.from({ length: days }, (_, index) => {
    const progress = days === 1 ? 1 : index / (days - 1);
    const last = index === days - 1;
    const along = (start: number, end: number) => start + (end - start) * progress;
    return {
      portal: input.portal,
      // Today's is never later than `today`: before 06:00 UTC it would sit in the future, outside every range read up to now.
      takenAt: last ? Math.min(todayStart + SNAPSHOT_HOUR_MS, input.today) : todayStart - (days - 1 - index) * DAY_MS + SNAPSHOT_HOUR_MS,
      source: 'demo-seed',
      members: { inUse: clamp(along(membersStart, membersToday), membersLimit), limit: membersLimit },
      entitlements: paths.map((path) => {
        const wobble = last || path.noise === 0 ? 0 : uniformInt(rng, -path.noise, path.noise);
        return { ...path.entitlement, seatsAssigned: clamp(along(path.start, path.today) + wobble, path.entitlement.seatsPurchased) };
      }),
      serverExpirations: input.serverExpirations ?? [],
    };
  });
}
