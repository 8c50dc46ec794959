import type { ThrottleScope } from './sign-in-throttle';

// What a throttled sign-in says: whose failures, until what time (UTC, as every time on the
// dashboard) and how long from now. Times and durations are rounded up, so "try again at" is never
// early. Intl formats both: no hand-made plural or clock code.

const CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const CLOCK_SECONDS = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

const WHOSE: Record<ThrottleScope, string> = { client: 'from this browser', username: 'for this account' };
const WHY: Record<ThrottleScope, string> = {
  client: 'The dashboard slows repeated failures from one browser so that it cannot be used to guess passwords.',
  username:
    'The portal locks an account after 5 failed sign-ins in 15 minutes; the dashboard pauses this account before that can happen, so it is never the one to lock you out.',
};

/**
 * "Too many failed sign-ins from this browser; try again at 15:42 UTC (in 2 minutes).", and why, for
 * a wait of `waitMs` from `now` (epoch ms). Under a minute the time has seconds ("at 15:40:07 UTC (in 5 seconds)").
 */
export function throttledSignInWords(scope: ThrottleScope, waitMs: number, now: number): { message: string; hint: string } {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  let when: string;
  if (seconds < 60) {
    when = `${CLOCK_SECONDS.format(new Date(now + seconds * 1000))} UTC (${RELATIVE.format(seconds, 'second')})`;
  } else {
    const minutes = Math.ceil(seconds / 60);
    const at = Math.ceil((now + seconds * 1000) / 60_000) * 60_000;
    when = `${CLOCK.format(new Date(at))} UTC (${RELATIVE.format(minutes, 'minute')})`;
  }
  return { message: `Too many failed sign-ins ${WHOSE[scope]}; try again at ${when}.`, hint: WHY[scope] };
}
