import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleEvery, type Clock } from './collect-schedule';

const MINUTE = 60_000;

// Vitest's fake timers stand in for the real ones, so the schedule is driven minute by minute.
const clock: Clock = { now: () => Date.now(), setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as number) };

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('scheduleEvery', () => {
  it('runs first after the delay, then once per interval, until stopped', async () => {
    const starts: number[] = [];
    const stop = scheduleEvery({ firstDelayMs: 5_000, intervalMs: MINUTE }, async () => void starts.push(Date.now()), clock);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(starts).toEqual([]);
    await vi.advanceTimersByTimeAsync(3 * MINUTE + 1);
    expect(starts).toEqual([5_000, 5_000 + MINUTE, 5_000 + 2 * MINUTE, 5_000 + 3 * MINUTE]);
    stop();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(starts).toHaveLength(4);
  });

  it('keeps its cadence when a run is slow, and never runs twice at once', async () => {
    const starts: number[] = [];
    let running = 0;
    let most = 0;
    const run = async () => {
      starts.push(Date.now());
      running += 1;
      most = Math.max(most, running);
      // 90 s: longer than the interval.
      await new Promise((resolve) => setTimeout(resolve, 90_000));
      running -= 1;
    };
    const stop = scheduleEvery({ firstDelayMs: 0, intervalMs: MINUTE }, run, clock);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    stop();
    expect(most).toBe(1);
    // Due at 0, 1, 2, 3, 4, 5 min: the ones that fall during a run are skipped, the others keep time.
    expect(starts).toEqual([0, 2 * MINUTE, 4 * MINUTE]);
  });

  it('runs once, not in a burst, after the process was suspended past several due times', async () => {
    const starts: number[] = [];
    let now = 0;
    let pending: (() => void) | undefined;
    const delays: number[] = [];
    const suspended: Clock = {
      now: () => now,
      setTimeout: (run, ms) => {
        delays.push(ms);
        pending = run;
      },
      clearTimeout: () => (pending = undefined),
    };
    const settle = async () => {
      for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
    };
    scheduleEvery({ firstDelayMs: 0, intervalMs: MINUTE }, async () => void starts.push(now), suspended);
    pending?.();
    await settle();
    now = 10 * MINUTE + 5;
    pending?.();
    await settle();
    expect(starts).toEqual([0, 10 * MINUTE + 5]);
    // The next run is due at the next minute mark, not ten times at once.
    expect(delays).toEqual([0, MINUTE, MINUTE - 5]);
  });
});
