import { describe, expect, it } from 'vitest';
import { CLIENT_POLICY, SignInThrottle, USERNAME_POLICY } from './sign-in-throttle';
import { throttledSignInWords } from './sign-in-throttle-words';

const NOW = Date.UTC(2026, 10, 30, 15, 40, 10);

describe('what a throttled sign-in says', () => {
  it('whose failures, until what time in UTC, and how long from now', () => {
    expect(throttledSignInWords('client', 110_000, NOW).message).toBe(
      'Too many failed sign-ins from this browser; try again at 15:42 UTC (in 2 minutes).',
    );
    expect(throttledSignInWords('username', 5 * 60_000, NOW).message).toBe(
      'Too many failed sign-ins for this account; try again at 15:46 UTC (in 5 minutes).',
    );
  });

  it('never names a time before the wait is over: the minute and the count round up', () => {
    // 15:40:10 + 2 min 20 s = 15:42:30: "15:43", "in 3 minutes".
    expect(throttledSignInWords('client', 140_000, NOW).message).toContain('try again at 15:43 UTC (in 3 minutes)');
  });

  it('under a minute, to the second', () => {
    expect(throttledSignInWords('client', 4_200, NOW).message).toBe(
      'Too many failed sign-ins from this browser; try again at 15:40:15 UTC (in 5 seconds).',
    );
    expect(throttledSignInWords('client', 1, NOW).message).toContain('(in 1 second)');
  });

  it('says why, by whose failures', () => {
    expect(throttledSignInWords('client', 1_000, NOW).hint).toMatch(/guess passwords/);
    expect(throttledSignInWords('username', 1_000, NOW).hint).toMatch(/locks an account after 5 failed sign-ins in 15 minutes/);
  });
});

describe('which key holds a sign-in back', () => {
  it('names the one with the longest wait', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    const keys = [
      ['client:203.0.113.9', CLIENT_POLICY],
      ['user:admin', USERNAME_POLICY],
    ] as const;
    expect(throttle.longestWait(keys)).toBeUndefined();
    for (let i = 0; i < 3; i += 1) throttle.failed(keys);
    expect(throttle.longestWait(keys)).toEqual({ ms: 5 * 60_000, scope: 'username' });
    now += 5 * 60_000;
    expect(throttle.longestWait(keys)).toBeUndefined();
    const client = [['client:203.0.113.10', CLIENT_POLICY]] as const;
    for (let i = 0; i < 5; i += 1) throttle.failed(client);
    expect(throttle.longestWait(client)).toEqual({ ms: 1_000, scope: 'client' });
  });
});
