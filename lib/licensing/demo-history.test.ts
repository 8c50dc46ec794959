import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { PortalLicenseSchema } from '../schemas/portal-license';
import { demoHistory } from './demo-history';
import { forecastSeatLimit } from './forecast';
import { toOrgLicense } from './license-model';

const DAY = 86_400_000;
const license = toOrgLicense(PortalLicenseSchema.parse(documented));
const portal = { url: 'http://127.0.0.1:3100/portal', orgId: '0123456789ABCDEF' };
const today = Date.UTC(2026, 10, 30, 14, 30);
const history = demoHistory({ portal, license, today, seed: 12 });

describe('demoHistory', () => {
  it('is a year of daily snapshots ending today, marked as demo seed', () => {
    expect(history).toHaveLength(365);
    expect(history.every((s) => s.source === 'demo-seed' && s.portal === portal)).toBe(true);
    const days = history.map((s) => Math.floor(s.takenAt / DAY));
    expect(days.at(-1)).toBe(Math.floor(today / DAY));
    expect(days.every((day, i) => i === 0 || day === (days[i - 1] ?? 0) + 1)).toBe(true);
  });

  it('never dates a snapshot after now, even when seeded before 06:00 UTC', () => {
    const early = Date.UTC(2026, 11, 1, 2, 15);
    const seeded = demoHistory({ portal, license, today: early, seed: 12 });
    expect(seeded.at(-1)?.takenAt).toBe(early);
    expect(seeded.at(-2)?.takenAt).toBe(Date.UTC(2026, 10, 30, 6));
    expect(seeded.every((s) => s.takenAt <= early)).toBe(true);
  });

  it('is consistent with the license: its entitlements, seats purchased and expirations every day, today exactly as reported', () => {
    const expected = JSON.stringify(
      license.entitlements.filter((e) => e.purchased !== undefined).map((e) => [e.category, e.id, e.purchased, e.expiration ?? null]),
    );
    // Collected, then asserted once: 365 days × every entitlement.
    const wrong = history.flatMap((snapshot) => [
      ...(JSON.stringify(snapshot.entitlements.map((e) => [e.kind, e.id, e.seatsPurchased, e.expiresAt])) === expected
        ? []
        : [`${snapshot.takenAt}: entitlements`]),
      ...snapshot.entitlements
        .filter((e) => !Number.isInteger(e.seatsAssigned) || e.seatsAssigned < 0 || e.seatsAssigned > e.seatsPurchased)
        .map((e) => `${snapshot.takenAt}: ${e.id} ${e.seatsAssigned} of ${e.seatsPurchased}`),
      ...(snapshot.members.limit === license.members.purchased && snapshot.members.inUse <= snapshot.members.limit
        ? []
        : [`${snapshot.takenAt}: members`]),
    ]);
    expect(wrong).toEqual([]);
    const last = history.at(-1);
    expect(last?.members.inUse).toBe(license.members.used);
    for (const e of license.entitlements.filter((e) => e.used !== undefined)) {
      expect(last?.entitlements.find((s) => s.id === e.id)?.seatsAssigned).toBe(e.used);
    }
  });

  it('takes seats assigned today from the caller where the license has none', () => {
    const app = license.entitlements.find((e) => e.category === 'app' && e.used === undefined && (e.purchased ?? 0) >= 10);
    if (!app) throw new Error('the documented license lists apps');
    const seeded = demoHistory({ portal, license, today, seed: 12, assignedToday: { [app.id]: 7 }, days: 30 });
    expect(seeded.at(-1)?.entitlements.find((e) => e.id === app.id)?.seatsAssigned).toBe(7);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(demoHistory({ portal, license, today, seed: 12 })).toEqual(history);
    expect(demoHistory({ portal, license, today, seed: 13 })).not.toEqual(history);
  });

  it('gives the forecast something to say: rising entitlements among flat ones', () => {
    const kinds = new Set(
      history[0]?.entitlements.map((e) => {
        const points = history.map((s) => {
          const seats = s.entitlements.find((p) => p.id === e.id);
          return { day: s.takenAt, seatsAssigned: seats?.seatsAssigned ?? 0, seatsPurchased: seats?.seatsPurchased ?? 0 };
        });
        return forecastSeatLimit(points, today).kind;
      }),
    );
    expect(kinds.has('reaches-limit')).toBe(true);
    expect(kinds.has('not-rising')).toBe(true);
  });
});
