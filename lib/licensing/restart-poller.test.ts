import { describe, expect, it } from 'vitest';
import { checkAnswered, delayUntilNextCheck, formatElapsed, initialRestartState, probeFailure, type ProbeResult } from './restart-poller';

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

  it('counts a check that could not be made as "not answering", with its message', () => {
    expect(probeFailure(new TypeError('Failed to fetch'))).toEqual({ up: false, problem: 'Failed to fetch' });
    expect(probeFailure('aborted')).toEqual({ up: false, problem: 'aborted' });
  });

  it('formats elapsed time as minutes and seconds', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(7_900)).toBe('0:07');
    expect(formatElapsed(750_000)).toBe('12:30');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
