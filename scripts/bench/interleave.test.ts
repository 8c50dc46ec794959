import { describe, expect, it } from 'vitest';
import { interleave, roundOrder } from './interleave';

describe('roundOrder', () => {
  it('rotates by one each round, so each target leads equally often', () => {
    const targets = ['direct', 'floor', 'dashboard'] as const;
    expect([0, 1, 2, 3].map((round) => roundOrder(targets, round))).toEqual([
      ['direct', 'floor', 'dashboard'],
      ['floor', 'dashboard', 'direct'],
      ['dashboard', 'direct', 'floor'],
      ['direct', 'floor', 'dashboard'],
    ]);
  });
});

describe('interleave', () => {
  it('reads every target once per round, in the rotated order, one at a time', async () => {
    const calls: string[] = [];
    let inFlight = 0;
    const reader = (name: string, ms: number) => async () => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      calls.push(name);
      await Promise.resolve();
      inFlight -= 1;
      return ms;
    };
    const times = await interleave({ a: reader('a', 1), b: reader('b', 2) }, 3);
    expect(calls).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(times).toEqual({ a: [1, 1, 1], b: [2, 2, 2] });
  });
});
