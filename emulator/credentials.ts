import type { Deployment } from './router';

// The portal's password check, shared by generateToken and the OAuth sign-in page: one account
// policy, one counter of failed attempts per username.

/** Sign-in failures before an account is locked, and for how long (the portal's defaults). */
const LOCKOUT_ATTEMPTS = 5;
const LOCKOUT_MS = 15 * 60_000;

export type PasswordCheck = 'ok' | 'invalid' | 'locked';

/** Whether `password` is the member's at `now` (epoch ms); counts failures and locks the account after five. */
export function checkPassword(deployment: Deployment, username: string, password: string, now: number): PasswordCheck {
  const failures = deployment.failedSignIns.get(username);
  if (failures && failures.lockedUntil > now) return 'locked';
  if (deployment.org.passwords.get(username) !== password) {
    const count = (failures?.count ?? 0) + 1;
    deployment.failedSignIns.set(username, { count, lockedUntil: count >= LOCKOUT_ATTEMPTS ? now + LOCKOUT_MS : 0 });
    return 'invalid';
  }
  deployment.failedSignIns.delete(username);
  return 'ok';
}

/** The messages the portal shows for a refused sign-in (the lock-out text is ours: README). */
export const SIGN_IN_REFUSAL: Record<Exclude<PasswordCheck, 'ok'>, string> = {
  invalid: 'Invalid username or password.',
  locked: 'Too many invalid login attempts. Your account has been locked. Try again later.',
};
