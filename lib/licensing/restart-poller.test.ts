import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkAnswered,
  delayUntilNextCheck,
  formatElapsed,
  initialRestartState,
  startRestartPoller,
  type ProbeResult,
  type RestartState,
} from './restart-poller';

const DOWN: ProbeResult = { up: false, problem: 'Cannot reach the portal: connection refused.' };
const UP: ProbeResult = { up: true };

describe('the restart state machine', () => {
  const start = initialRestartState(1_000, 20, 600_000);

  it('waits recheckAfterSeconds first, then checks every interval, the last check on the deadline', () => {
    expect(start).toMatchObject({ phase: 'waiting', firstCheckAt: 21_000, deadline: 601_000, attempts: 0 });
    expect(delayUntilNextCheck(start, 1_000, 2_000)).toBe(20_000);
    const checking = checkAnswered({ ...start, phase: 'checking' }, DOWN, 21_100);
    expect(checking).toMatchObject({ phase: 'checking', attempts: 1, lastProblem: DOWN.problem });
    expect(delayUntilNextCheck(checking, 21_100, 2_000)).toBe(2_000);
    expect(delayUntilNextCheck(checking, 600_000, 2_000)).toBe(1_000);
  });

  it('ends when the portal answers', () => {
    const up = checkAnswered({ ...start, phase: 'checking' }, UP, 30_000);
    expect(up).toMatchObject({ phase: 'up', attempts: 1, endedAt: 30_000 });
    expect(up.lastProblem).toBeUndefined();
    expect(delayUntilNextCheck(up, 30_000)).toBeUndefined();
  });

  it('gives up when a check at or past the deadline fails, and stays ended', () => {
    const gaveUp = checkAnswered({ ...start, phase: 'checking' }, DOWN, 601_000);
    expect(gaveUp).toMatchObject({ phase: 'gave-up', endedAt: 601_000, lastProblem: DOWN.problem });
    expect(delayUntilNextCheck(gaveUp, 601_000)).toBeUndefined();
    expect(checkAnswered(gaveUp, UP, 602_000)).toBe(gaveUp);
  });

  it('never waits past the deadline, whatever the portal asks', () => {
    expect(initialRestartState(0, 3_600, 600_000).firstCheckAt).toBe(600_000);
    expect(initialRestartState(0, -5, 600_000).firstCheckAt).toBe(0);
  });

  it('formats elapsed time as minutes and seconds', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(7_900)).toBe('0:07');
    expect(formatElapsed(750_000)).toBe('12:30');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});

describe('the restart poller (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function run(results: ProbeResult[], recheckAfterSeconds = 20, extra: { timeoutMs?: number } = {}) {
    const probe = vi.fn(async () => results.shift() ?? DOWN);
    const states: RestartState[] = [];
    const stop = startRestartPoller({ recheckAfterSeconds, probe, onChange: (s) => states.push(s), intervalMs: 2_000, ...extra });
    return { probe, states, stop, last: () => states[states.length - 1] as RestartState };
  }

  it('checks nothing before recheckAfterSeconds, then polls until the portal answers', async () => {
    const { probe, last } = run([DOWN, DOWN, UP]);
    expect(last().phase).toBe('waiting');
    await vi.advanceTimersByTimeAsync(19_999);
    expect(probe).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(last()).toMatchObject({ phase: 'checking', attempts: 1, lastProblem: DOWN.problem });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(last()).toMatchObject({ phase: 'up', attempts: 3, startedAt: 1_000_000, endedAt: 1_024_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('gives up after ten minutes of no answer', async () => {
    const { probe, last } = run([], 20);
    await vi.advanceTimersByTimeAsync(10 * 60_000 - 1);
    expect(last().phase).toBe('checking');
    await vi.advanceTimersByTimeAsync(1);
    expect(last()).toMatchObject({ phase: 'gave-up', endedAt: 1_600_000, lastProblem: DOWN.problem });
    // 1 check at 20 s, then every 2 s up to and including 600 s.
    expect(probe).toHaveBeenCalledTimes(1 + (600 - 20) / 2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe).toHaveBeenCalledTimes(1 + (600 - 20) / 2);
  });

  it('counts a failed check (the dashboard unreachable) as "not yet" with its message', async () => {
    const probe = vi.fn().mockRejectedValueOnce(new Error('Failed to fetch')).mockResolvedValue(UP);
    const states: RestartState[] = [];
    startRestartPoller({ recheckAfterSeconds: 1, probe, onChange: (s) => states.push(s), intervalMs: 2_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states.at(-1)).toMatchObject({ phase: 'checking', lastProblem: 'Failed to fetch' });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(states.at(-1)?.phase).toBe('up');
  });

  it('does not start the next check before the last one answered', async () => {
    let answer: (result: ProbeResult) => void = () => undefined;
    const probe = vi.fn(() => new Promise<ProbeResult>((resolve) => (answer = resolve)));
    startRestartPoller({ recheckAfterSeconds: 0, probe, onChange: () => undefined, intervalMs: 2_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probe).toHaveBeenCalledTimes(1);
    answer(DOWN);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('stops checking and reporting when stopped', async () => {
    const { probe, states, stop } = run([], 5);
    stop();
    const reported = states.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe).not.toHaveBeenCalled();
    expect(states).toHaveLength(reported);
  });
});
