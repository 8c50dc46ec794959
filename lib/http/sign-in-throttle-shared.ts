import 'server-only';
import type { PortalRef } from '../licensing/snapshot';
import type { Store } from '../store/engine';
import { clearSignInFailures, readSignInFailures, recordSignInFailure } from '../store/sign-in-failures';
import { delayAfter, type SignInThrottle, type ThrottlePolicy, type ThrottleScope } from './sign-in-throttle';

type ThrottleKeys = readonly (readonly [string, ThrottlePolicy])[];

/** The sign-in throttle's three steps, on counters every instance shares. */
export interface SharedSignInThrottle {
  /** The longest wait these keys impose (ms from now) and whose failures caused it; undefined = go ahead. */
  longestWait(keys: ThrottleKeys): Promise<{ ms: number; scope: ThrottleScope } | undefined>;
  failed(keys: ThrottleKeys): Promise<void>;
  succeeded(keys: ThrottleKeys): Promise<void>;
}

/**
 * The sign-in throttle (same policies and delays as lib/http/sign-in-throttle.ts) with its counters in
 * the store (lib/store/sign-in-failures.ts), so guesses spread over several instances add up. Every
 * step also updates the process's in-memory throttle, and the wait is the longer of the two: when the
 * store is out of reach the step is logged and the in-memory throttle alone still slows guesses,
 * rather than sign-in stopping (which would lock admins out of the live pages).
 */
export function sharedSignInThrottle(
  openStore: () => Promise<Store>,
  portal: () => PortalRef,
  memory: SignInThrottle,
  now: () => number = Date.now,
): SharedSignInThrottle {
  async function inStore(step: string, work: (store: Store) => Promise<void>): Promise<void> {
    try {
      await work(await openStore());
    } catch (error) {
      console.error(`[sign-in throttle] ${step} kept in this process only: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return {
    async longestWait(keys) {
      let longest = memory.longestWait(keys);
      await inStore('read', async (store) => {
        const at = now();
        for (const [key, policy] of keys) {
          const count = (await readSignInFailures(store, portal(), [key], policy.forgetAfterMs, at)).get(key);
          const ms = count ? count.lastFailure + delayAfter(count.failures, policy) - at : 0;
          if (ms > 0 && ms > (longest?.ms ?? 0)) longest = { ms, scope: policy.scope };
        }
      });
      return longest;
    },
    async failed(keys) {
      memory.failed(keys);
      await inStore('failure', async (store) => {
        for (const [key, policy] of keys) await recordSignInFailure(store, portal(), key, policy.forgetAfterMs, now());
      });
    },
    async succeeded(keys) {
      memory.succeeded(keys);
      await inStore('success', (store) =>
        clearSignInFailures(
          store,
          portal(),
          keys.map(([key]) => key),
        ),
      );
    },
  };
}
