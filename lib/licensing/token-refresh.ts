// When a signed-in admin's OAuth access token is renewed (issue 15). Pure: the session code acts on
// the answer. The margins follow Esri's own clients (docs/arcgis-oauth-research.md §3, §8).

/** An access token is renewed this long before it runs out, so no call starts with a token about to die. */
export const ACCESS_MARGIN_MS = 2 * 60_000;
/** A refresh token with less than this left is exchanged for a new one (exchange_refresh_token), as ArcGIS REST JS does. */
export const ROTATE_MARGIN_MS = 24 * 60 * 60_000;

/** The token state of a session, epoch milliseconds throughout. */
export interface TokenTimes {
  accessExpires: number;
  /** Present for OAuth sessions. */
  refreshToken?: string;
  /** Undefined when the portal did not say (before 10.9.1). */
  refreshExpires?: number;
}

/**
 * - `current`: the access token is good for longer than the margin;
 * - `refresh`: renew the access token, keeping the refresh token (grant_type=refresh_token);
 * - `rotate`: renew both (exchange_refresh_token), the refresh token being within a day of its end;
 * - `expired`: nothing left to renew with: sign in again.
 */
export type RefreshPlan = 'current' | 'refresh' | 'rotate' | 'expired';

export function refreshPlan(times: TokenTimes, now: number): RefreshPlan {
  if (times.accessExpires - ACCESS_MARGIN_MS > now) return 'current';
  if (!times.refreshToken) return times.accessExpires > now ? 'current' : 'expired';
  if (times.refreshExpires === undefined) return 'refresh';
  if (times.refreshExpires <= now) return times.accessExpires > now ? 'current' : 'expired';
  return times.refreshExpires - ROTATE_MARGIN_MS <= now ? 'rotate' : 'refresh';
}

/**
 * How the collector renews the refresh token an admin lent it (issue 15), before a run:
 * - `refresh`: a new access token only (grant_type=refresh_token);
 * - `rotate`: exchange the refresh token for a new one (exchange_refresh_token) while it still works:
 *   when its end (epoch ms) is nearer than a day or two collector intervals (`intervalMs`), or, when
 *   the portal never said its end (before 10.9.1), once a day after `updatedAt` (epoch ms), so it
 *   never runs out unseen;
 * - `expired`: it has ended; an admin must grant the collector again.
 */
export function collectorRenewal(
  grant: { refreshExpires: number | null; updatedAt: number },
  intervalMs: number,
  now: number,
): 'refresh' | 'rotate' | 'expired' {
  if (grant.refreshExpires === null) return now - grant.updatedAt >= ROTATE_MARGIN_MS ? 'rotate' : 'refresh';
  if (grant.refreshExpires <= now) return 'expired';
  return grant.refreshExpires - Math.max(ROTATE_MARGIN_MS, 2 * intervalMs) <= now ? 'rotate' : 'refresh';
}
