import { describe, expect, it } from 'vitest';
import { CLIENT_POLICY, clientKey, delayAfter, SignInThrottle, USERNAME_POLICY, usernameKey } from './sign-in-throttle';

describe('delayAfter', () => {
  it('lets the free failures through, then doubles', () => {
    expect([4, 5, 6, 7].map((n) => delayAfter(n, CLIENT_POLICY))).toEqual([0, 1_000, 2_000, 4_000]);
    expect(delayAfter(40, CLIENT_POLICY)).toBe(15 * 60_000);
  });

  it('keeps an account below the portal’s lock-out of 5 failures in 15 minutes', () => {
    expect(delayAfter(3, USERNAME_POLICY) + delayAfter(4, USERNAME_POLICY)).toBeGreaterThanOrEqual(15 * 60_000);
  });
});

describe('SignInThrottle', () => {
  it('makes a client wait after its free failures, and forgets on success', () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(() => now);
    const keys = [[clientKey(new Headers({ 'x-forwarded-for': '203.0.113.9' })), CLIENT_POLICY]] as const;
    for (let i = 0; i < 5; i += 1) {
      expect(throttle.waitFor(keys)).toBe(0);
      throttle.failed(keys);
    }
    expect(throttle.waitFor(keys)).toBe(1_000);
    now += 400;
    expect(throttle.waitFor(keys)).toBe(600);
    now += 600;
    expect(throttle.waitFor(keys)).toBe(0);
    throttle.failed(keys);
    expect(throttle.waitFor(keys)).toBe(2_000);
    throttle.succeeded(keys);
    expect(throttle.waitFor(keys)).toBe(0);
  });

  it('throttles a username whatever client tries it', () => {
    const now = 5_000_000;
    const throttle = new SignInThrottle(() => now);
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      throttle.failed([
        [clientKey(new Headers({ 'x-forwarded-for': ip })), CLIENT_POLICY],
        [usernameKey('Admin'), USERNAME_POLICY],
      ]);
    }
    const fresh = clientKey(new Headers({ 'x-forwarded-for': '198.51.100.4' }));
    expect(
      throttle.waitFor([
        [fresh, CLIENT_POLICY],
        [usernameKey('admin'), USERNAME_POLICY],
      ]),
    ).toBe(5 * 60_000);
  });

  it('forgets old failures', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now);
    const keys = [[usernameKey('x'), USERNAME_POLICY]] as const;
    for (let i = 0; i < 3; i += 1) throttle.failed(keys);
    now += 16 * 60_000;
    expect(throttle.waitFor(keys)).toBe(0);
  });

  it('takes the address the nearest proxy saw', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '10.0.0.1, 192.0.2.7' }))).toBe('client:192.0.2.7');
    expect(clientKey(new Headers())).toBe('client:unknown');
  });
});
