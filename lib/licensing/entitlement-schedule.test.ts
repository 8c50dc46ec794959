import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/kubernetes-validate-license-11.0.json' with { type: 'json' };
import { ValidatedLicenseSchema } from '../schemas/validated-license';
import {
  buildSchedules,
  futureSteps,
  hasSteps,
  isExpiryStep,
  positionAt,
  stepInForce,
  upcomingSeatChanges,
  type EntitlementSchedule,
} from './entitlement-schedule';
import { toLicenseFileContents } from './license-file';

// Esri's documented Kubernetes 11.0 example, verbatim: each id twice, 200 seats from
// 2021-09-03 and 0 from 2022-10-20 (fieldmaps starts a day earlier, 2021-09-02).
const START = 1630627200000;
const END = 1666224000000;
const DAY = 86_400_000;
const file = toLicenseFileContents(ValidatedLicenseSchema.parse(documented));

function schedule(category: string, id: string): EntitlementSchedule {
  const found = file.schedules.find((s) => s.category === category && s.id === id);
  if (!found) throw new Error(`no schedule for ${category}:${id}`);
  return found;
}

describe('the documented Kubernetes license file as schedules', () => {
  it('groups the repeated ids into one schedule each, steps soonest first', () => {
    expect(file.version).toBe('11.0');
    const creator = schedule('userType', 'creatorUT');
    expect(creator.steps).toEqual([
      { start: START, seats: 200 },
      { start: END, seats: 0 },
    ]);
    expect(creator.definedName).toBe('Creator');
    expect(schedule('appBundle', 'fieldAppsAB').definedName).toBe('Field Apps');
    expect(file.schedules.filter((s) => s.category === 'userType')).toHaveLength(8);
    expect(file.schedules.filter((s) => s.category === 'app')).toHaveLength(16);
    expect(file.schedules.filter((s) => s.category === 'appBundle')).toHaveLength(3);
    expect(file.schedules.filter((s) => s.category === 'extension')).toHaveLength(3);
    expect(hasSteps(file.schedules)).toBe(true);
  });

  it('finds the step in force: the latest start not after now', () => {
    const pro = schedule('app', 'arcgisprodesktop');
    expect(stepInForce(pro, START - 1)).toBeUndefined();
    expect(stepInForce(pro, START)).toEqual({ start: START, seats: 5800 });
    expect(stepInForce(pro, END - 1)?.seats).toBe(5800);
    expect(stepInForce(pro, END)?.seats).toBe(0);
    // fieldmaps starts a day before the others.
    expect(stepInForce(schedule('app', 'fieldmaps'), START - DAY / 2)?.seats).toBe(200);
  });

  it('lists the future steps and reads a step to 0 seats as the expiry', () => {
    const creator = schedule('userType', 'creatorUT');
    expect(futureSteps(creator, START + DAY)).toEqual([{ start: END, seats: 0 }]);
    expect(futureSteps(creator, END)).toEqual([]);
    expect(isExpiryStep({ start: END, seats: 0 })).toBe(true);
    expect(isExpiryStep({ start: END, seats: 1 })).toBe(false);
    expect(positionAt(creator, START + DAY)).toEqual({ state: 'active', seats: 200, expiration: END });
    expect(positionAt(creator, START - DAY)).toEqual({ state: 'upcoming', seats: 200, startsOn: START, expiration: END });
    expect(positionAt(creator, END + DAY)).toEqual({ state: 'ended', endedOn: END });
    // An expiry is not a change of seats.
    expect(upcomingSeatChanges(creator, 200, START + DAY)).toEqual([]);
  });
});

describe('schedules with changes in the middle', () => {
  const [creator] = buildSchedules([
    { category: 'userType', id: 'creatorUT', seats: 0, start: 400 },
    { category: 'userType', id: 'creatorUT', seats: 200, start: 100 },
    { category: 'userType', id: 'creatorUT', seats: 300, start: 200 },
    { category: 'userType', id: 'creatorUT', seats: 150, start: 300 },
    { category: 'userType', id: 'creatorUT', seats: 100, start: 500 },
  ]) as [EntitlementSchedule];

  it('sorts steps and lists each later change against the seats before it', () => {
    expect(creator.steps.map((s) => s.start)).toEqual([100, 200, 300, 400, 500]);
    expect(upcomingSeatChanges(creator, 200, 150)).toEqual([
      { category: 'userType', id: 'creatorUT', date: 200, before: 200, after: 300 },
      { category: 'userType', id: 'creatorUT', date: 300, before: 300, after: 150 },
      // After the lapse at 400 (an expiry, not listed), the restart counts from 0.
      { category: 'userType', id: 'creatorUT', date: 500, before: 0, after: 100 },
    ]);
    expect(positionAt(creator, 250)).toEqual({ state: 'active', seats: 300, expiration: 400 });
  });

  it('gives capabilities an explicit end instead of a step to 0', () => {
    const [ips] = buildSchedules([{ category: 'capability', id: 'ips', start: 100, end: 300 }]) as [EntitlementSchedule];
    expect(positionAt(ips, 200)).toEqual({ state: 'active', expiration: 300 });
    expect(positionAt(ips, 300)).toEqual({ state: 'ended', endedOn: 300 });
    expect(hasSteps([ips])).toBe(false);
  });
});
