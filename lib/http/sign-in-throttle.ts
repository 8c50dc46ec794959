/**
 * Failed sign-ins slow down, so the dashboard cannot be used to guess passwords or to lock
 * portal accounts out (the portal locks an account after 5 failures in 15 minutes).
 * Two kinds of key, each with its own policy:
 * - a client: free failures, then an exponential delay (1 s, 2 s, 4 s, … up to 15 minutes);
 * - a username: 3 free failures, then 5 minutes, then 10: at most 4 failures per account in any
 *   15 minutes come through the dashboard, one fewer than the portal's lock-out.
 * A success clears the keys it used. This class keeps the counts in memory, per dashboard process;
 * sign-in uses it through sign-in-throttle-shared.ts, which keeps them in the store too so the limits
 * hold across instances, and falls back to this alone when the store is out of reach.
 */

/** Whose failures a key counts: one client's (browser) or one account's. */
export type ThrottleScope = 'client' | 'username';

export interface ThrottlePolicy {
  scope: ThrottleScope;
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgotten. */
  forgetAfterMs: number;
}

export const CLIENT_POLICY: ThrottlePolicy = {
  scope: 'client',
  freeFailures: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 15 * 60_000,
};

export const USERNAME_POLICY: ThrottlePolicy = {
  scope: 'username',
  freeFailures: 3,
  baseDelayMs: 5 * 60_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 15 * 60_000,
};

interface FailureRecord {
  failures: number;
  lastFailure: number;
}

/** How long after the last failure the next attempt must wait. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - policy.freeFailures));
}

export class SignInThrottle {
  private readonly records = new Map<string, FailureRecord>();

  constructor(private readonly now: () => number = Date.now) {}

  private current(key: string, policy: ThrottlePolicy): FailureRecord | undefined {
    const record = this.records.get(key);
    if (record && this.now() - record.lastFailure > policy.forgetAfterMs) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }

  /** Milliseconds to wait before an attempt with these keys may reach the portal; 0 = go ahead. */
  waitFor(keys: readonly (readonly [string, ThrottlePolicy])[]): number {
    return this.longestWait(keys)?.ms ?? 0;
  }

  /** The longest wait these keys impose and whose failures caused it (for the words); undefined = go ahead. */
  longestWait(keys: readonly (readonly [string, ThrottlePolicy])[]): { ms: number; scope: ThrottleScope } | undefined {
    let longest: { ms: number; scope: ThrottleScope } | undefined;
    for (const [key, policy] of keys) {
      const record = this.current(key, policy);
      const ms = record ? record.lastFailure + delayAfter(record.failures, policy) - this.now() : 0;
      if (ms > 0 && ms > (longest?.ms ?? 0)) longest = { ms, scope: policy.scope };
    }
    return longest;
  }

  failed(keys: readonly (readonly [string, ThrottlePolicy])[]): void {
    for (const [key, policy] of keys) {
      const record = this.current(key, policy);
      this.records.set(key, { failures: (record?.failures ?? 0) + 1, lastFailure: this.now() });
    }
    // Bounded memory under a flood of distinct keys: forget the oldest.
    if (this.records.size > 10_000) {
      const oldest = [...this.records.entries()].sort((a, b) => a[1].lastFailure - b[1].lastFailure).slice(0, 1_000);
      for (const [key] of oldest) this.records.delete(key);
    }
  }

  succeeded(keys: readonly (readonly [string, ThrottlePolicy])[]): void {
    for (const [key] of keys) this.records.delete(key);
  }
}

/**
 * The client as the nearest proxy saw it: the last X-Forwarded-For entry (Next.js sets the header
 * to the socket's address when no proxy did). Without a proxy a client can vary it, which is why
 * usernames are throttled too.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return `client:${last || 'unknown'}`;
}

export function usernameKey(username: string): string {
  return `user:${username.trim().toLowerCase()}`;
}

/** The dashboard process's one throttle. */
export const signInThrottle = new SignInThrottle();
