import { chunk } from 'es-toolkit';

// What became of each member of a bulk change (a user type change, or an app's entitlements set),
// from what the portal answered for the batch. A batch is sent once and never retried, so a batch
// whose answer never came is "unknown": the change may or may not have happened.

/** Members per provisionUserEntitlements call (the portal refuses more); user type changes are batched the same. */
export const BATCH_SIZE = 25;

/** One member's outcome: done, failed with the portal's words, or unknown (check before trying again). */
export type MemberOutcome =
  | { username: string; status: 'done' }
  | { username: string; status: 'failed'; reason: string }
  | { username: string; status: 'unknown'; reason: string };

/** One member's entry in an updateUserLicenseType answer (`{"results":[…]}`), as the client read it. */
interface MemberResultEntry {
  username: string;
  success?: boolean;
  /** Some portals write "success"/"failed" here instead of success. */
  status?: string;
  error?: { message?: string; details?: readonly string[] };
}

/**
 * What a batch came to, as the client read it:
 * - answered: the call answered; `results` per member (updateUserLicenseType), or only `success` for the batch (provisionUserEntitlements);
 * - refused: the portal refused the whole call (an ArcGIS error), with its words;
 * - dropped: no answer (connection lost, timeout, portal unreachable).
 */
export type BatchAnswer =
  | { kind: 'answered'; results?: readonly MemberResultEntry[]; success?: boolean }
  | { kind: 'refused'; message: string; details: readonly string[] }
  | { kind: 'dropped'; reason: string };

/** usernames in batches of BATCH_SIZE, in order. */
export function batches<T>(usernames: readonly T[]): T[][] {
  return chunk([...usernames], BATCH_SIZE);
}

const UNKNOWN = 'The connection to the portal dropped before it answered: check this member before trying again.';

function words(message: string | undefined, details: readonly string[] | undefined): string {
  return [message, ...(details ?? [])].filter((w): w is string => typeof w === 'string' && w.length > 0).join(' ') || 'The portal did not say why.';
}

function entryOutcome(username: string, entry: MemberResultEntry | undefined): MemberOutcome {
  if (!entry) return { username, status: 'unknown', reason: 'The portal answered without a result for this member: check it before trying again.' };
  const ok = entry.success ?? (entry.status === undefined ? undefined : entry.status.toLowerCase() === 'success');
  if (ok === true) return { username, status: 'done' };
  if (ok === false) return { username, status: 'failed', reason: words(entry.error?.message, entry.error?.details) };
  return {
    username,
    status: 'unknown',
    reason: 'The portal answered for this member without saying whether it succeeded: check it before trying again.',
  };
}

/**
 * Each member's outcome for a batch sent for `usernames`. Per-member results are matched by
 * username (case-insensitive: portals may change case); a member is done only on its own success.
 */
export function batchOutcomes(usernames: readonly string[], answer: BatchAnswer): MemberOutcome[] {
  switch (answer.kind) {
    case 'dropped':
      return usernames.map((username) => ({ username, status: 'unknown', reason: `${UNKNOWN} (${answer.reason})` }));
    case 'refused':
      return usernames.map((username) => ({ username, status: 'failed', reason: words(answer.message, answer.details) }));
    case 'answered': {
      if (answer.results) {
        const byName = new Map(answer.results.map((entry) => [entry.username.toLowerCase(), entry]));
        return usernames.map((username) => entryOutcome(username, byName.get(username.toLowerCase())));
      }
      if (answer.success === true) return usernames.map((username) => ({ username, status: 'done' }));
      return usernames.map((username) => ({
        username,
        status: answer.success === false ? 'failed' : 'unknown',
        reason:
          answer.success === false
            ? 'The portal answered that the change did not succeed.'
            : 'The portal answered without saying whether the change succeeded: check this member before trying again.',
      }));
    }
  }
}
