import { describe, expect, it } from 'vitest';
import type { AlertCondition } from './alert-evaluate';
import type { AlertRuleKind } from './alert-rules';
import { alertTransitions, type FiringCondition } from './alert-transitions';

const expiry = (level: string, rank: number, subject = 'userType:creatorUT'): AlertCondition => ({
  key: `expiry:${subject}`,
  rule: 'expiry',
  subject,
  level,
  rank,
  title: `${subject} ${level}`,
  detail: '',
});
const seats = (level: string, rank: number): AlertCondition => ({ ...expiry(level, rank), key: 'seats:userType:creatorUT', rule: 'seats' });
const both = new Set<AlertRuleKind>(['expiry', 'seats']);

const one = () => [1];

/** Runs evaluations one after another, as the collector would, and returns the events of each. */
function run(rounds: AlertCondition[][], evaluated: ReadonlySet<AlertRuleKind> = both): string[][] {
  let firing: FiringCondition[] = [];
  return rounds.map((current, i) => {
    const step = alertTransitions(firing, current, evaluated, i, one);
    firing = step.firing;
    return step.transitions.map((t) => `${t.event} ${t.condition.key} ${t.condition.level}${t.from ? ` from ${t.from}` : ''}`);
  });
}

describe('alertTransitions', () => {
  it('notifies when a condition starts, then never again while it is unchanged', () => {
    expect(run([[expiry('within-60', 1)], [expiry('within-60', 1)], [expiry('within-60', 1)]])).toEqual([
      ['start expiry:userType:creatorUT within-60'],
      [],
      [],
    ]);
  });

  it('escalates 60 → 30 → 7 → 1 → expired, once each', () => {
    const steps = [
      expiry('within-60', 1),
      expiry('within-30', 2),
      expiry('within-30', 2),
      expiry('within-7', 3),
      expiry('within-1', 4),
      expiry('expired', 5),
    ];
    expect(run(steps.map((s) => [s]))).toEqual([
      ['start expiry:userType:creatorUT within-60'],
      ['escalate expiry:userType:creatorUT within-30 from within-60'],
      [],
      ['escalate expiry:userType:creatorUT within-7 from within-30'],
      ['escalate expiry:userType:creatorUT within-1 from within-7'],
      ['escalate expiry:userType:creatorUT expired from within-1'],
    ]);
  });

  it('escalates 90 % → 100 % → over; easing back is kept quiet, and reaching 100 % again escalates again', () => {
    expect(run([[seats('at-90', 1)], [seats('at-100', 2)], [seats('over', 3)], [seats('at-90', 1)], [seats('at-100', 2)]])).toEqual([
      ['start seats:userType:creatorUT at-90'],
      ['escalate seats:userType:creatorUT at-100 from at-90'],
      ['escalate seats:userType:creatorUT over from at-100'],
      [],
      ['escalate seats:userType:creatorUT at-100 from at-90'],
    ]);
  });

  it('clears once when the condition no longer holds, and a return is a new start', () => {
    expect(run([[expiry('within-30', 2)], [], [], [expiry('within-30', 2)]])).toEqual([
      ['start expiry:userType:creatorUT within-30'],
      ['clear expiry:userType:creatorUT within-30'],
      [],
      ['start expiry:userType:creatorUT within-30'],
    ]);
  });

  it('keeps conditions of rules not evaluated this time, without a notification', () => {
    const first = alertTransitions([], [expiry('within-30', 2), seats('at-90', 1)], both, 5, one);
    const second = alertTransitions(first.firing, [], new Set<AlertRuleKind>(['seats']), 9, one);
    expect(second.transitions.map((t) => `${t.event} ${t.condition.key}`)).toEqual(['clear seats:userType:creatorUT']);
    expect(second.firing).toEqual([{ ...expiry('within-30', 2), since: 5, heard: [1] }]);
  });

  it('keeps the time a condition started through escalations, and the same condition listed twice counts once', () => {
    const first = alertTransitions([], [expiry('within-60', 1), expiry('within-60', 1)], both, 100, one);
    expect(first.transitions).toHaveLength(1);
    const second = alertTransitions(first.firing, [expiry('within-30', 2)], both, 200, one);
    expect(second.firing.map((c) => c.since)).toEqual([100]);
  });

  it('tells a channel added later what is firing, once, and only that channel; a clear goes to every channel that heard it', () => {
    const channels: number[][] = [[], [1], [1], [1, 2], [1, 2]];
    const rounds = [[expiry('within-30', 2)], [expiry('within-30', 2)], [expiry('within-30', 2)], [expiry('within-30', 2)], []];
    let firing: FiringCondition[] = [];
    const events = rounds.map((current, i) => {
      const step = alertTransitions(firing, current, both, i, () => channels[i] ?? []);
      firing = step.firing;
      return step.transitions.map((t) => `${t.event} → ${t.channelIds.join(',')}`);
    });
    expect(events).toEqual([[], ['start → 1'], [], ['start → 2'], ['clear → 1,2']]);
  });
});
