// When a failed delivery is tried again (issue 14: "retried with back-off for up to an hour"): the
// waits double from one minute, and the last try is exactly an hour after the first, so a receiver
// that was down for a restart gets the notification within minutes and one down for longer is given
// up on after an hour (the page then shows the failure with the channel's last answer).

const MINUTE_MS = 60_000;

/** Minutes after the first attempt at which each retry is made: 1, 3, 7, 15, 31, then 60. */
const RETRY_OFFSETS_MINUTES = [1, 3, 7, 15, 31, 60] as const;

/**
 * When to try again after `attempts` attempts (1 = only the first was made) that began at
 * `firstAttemptAt` (epoch ms); undefined when the hour is spent and the delivery has failed for good.
 */
export function nextAttemptAt(firstAttemptAt: number, attempts: number): number | undefined {
  const offset = RETRY_OFFSETS_MINUTES[attempts - 1];
  return offset === undefined ? undefined : firstAttemptAt + offset * MINUTE_MS;
}
