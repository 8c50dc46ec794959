import 'server-only';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import { ArcGISError } from '../../arcgis/errors';
import { refreshTokens } from '../../arcgis/oauth';
import { getConfig } from '../../config';
import type { PortalRef } from '../../licensing/snapshot';
import { collectorRenewal } from '../../licensing/token-refresh';
import type { PortalEntry } from '../../portal-list';
import { readCollectorGrant, replaceCollectorToken, type CollectorGrant } from '../../store/collector-grants';
import type { Store } from '../../store/engine';

// The collector signing in with a refresh token an admin lent it (issue 15), for organizations
// without built-in accounts: the collector has no browser to sign in with. The grant is a token
// family of its own (its own authorize round trip), so renewing it never touches an admin's session.

/** What a grant keeps sealed: the refresh token and the redirect URI exchange_refresh_token must repeat. */
const GrantSecretSchema = z.object({ refreshToken: z.string().min(1), redirectUri: z.string().min(1) });
export type GrantSecret = z.infer<typeof GrantSecretSchema>;

/** Seals a grant's secret with SESSION_SECRET (iron-session, no time limit: the portal decides its life). */
export function sealGrantSecret(secret: GrantSecret): Promise<string> {
  return sealData(secret, { password: getConfig().sessionSecret, ttl: 0 });
}

/** Opens a sealed grant secret; throws CollectorGrantError when it was sealed with another SESSION_SECRET or altered. */
export async function openGrantSecret(sealed: string): Promise<GrantSecret> {
  const opened = await unsealData<unknown>(sealed, { password: getConfig().sessionSecret, ttl: 0 }).catch(() => undefined);
  const secret = GrantSecretSchema.safeParse(opened);
  if (!secret.success)
    throw new CollectorGrantError(
      'The collector’s sign-in cannot be opened (was SESSION_SECRET changed?). An admin must let the collector sign in again.',
    );
  return secret.data;
}

/** The collector's grant cannot be used; its message says what an admin must do. */
class CollectorGrantError extends Error {
  override name = 'CollectorGrantError';
}

/** Whether a portal lets the collector sign in with OAuth: it offers OAuth sign-in, with a registered app. */
export function takesCollectorGrant(portal: PortalEntry): portal is PortalEntry & { clientId: string } {
  return Boolean(portal.clientId && portal.signIn.includes('oauth'));
}

/**
 * A fresh access token from the portal's grant, as the collector signs in before a run (the caller
 * holds the portal's collector lock): grant_type=refresh_token, or exchange_refresh_token when
 * collectorRenewal says so, the new refresh token written back in place of the old one. Returns the
 * token, its account and its end (epoch ms). Throws CollectorGrantError (no grant, unreadable, ended,
 * replaced meanwhile) or, for a refusal by the portal, CollectorGrantError naming the portal's words.
 */
export async function tokenFromGrant(
  store: Store,
  portal: PortalEntry & { clientId: string },
  ref: PortalRef,
  options: { intervalMs: number; timeoutMs: number; now: number },
): Promise<{ token: string; username: string; expires: number }> {
  const grant = await readCollectorGrant(store, ref);
  if (!grant) throw new CollectorGrantError(`No admin has let the collector sign in to ${portal.name}.`);
  const plan = collectorRenewal(grant, options.intervalMs, options.now);
  if (plan === 'expired') throw new CollectorGrantError(endedWords(grant, 'its refresh token has ended'));
  const secret = await openGrantSecret(grant.sealed);
  const client = { clientId: portal.clientId, clientSecret: portal.clientSecret, redirectUri: secret.redirectUri };
  let tokens;
  try {
    tokens = await refreshTokens(portal.url, client, secret.refreshToken, {
      rotate: plan === 'rotate',
      timeoutMs: options.timeoutMs,
      now: options.now,
    });
  } catch (error) {
    if (error instanceof ArcGISError && error.kind === 'portal')
      throw new CollectorGrantError(endedWords(grant, `the portal refused it: ${error.messages.join(' ')}`));
    throw error;
  }
  if (tokens.refreshToken) {
    const sealed = await sealGrantSecret({ refreshToken: tokens.refreshToken, redirectUri: secret.redirectUri });
    const kept = await replaceCollectorToken(store, ref, grant.sealed, {
      sealed,
      refreshExpires: tokens.refreshExpires ?? null,
      updatedAt: options.now,
    });
    if (!kept) throw new CollectorGrantError('The collector’s sign-in was stopped or replaced during this run.');
  }
  return { token: tokens.accessToken, username: tokens.username, expires: tokens.accessExpires };
}

function endedWords(grant: CollectorGrant, why: string): string {
  return `The sign-in ${grant.grantedBy} lent the collector (as ${grant.username}) no longer works: ${why}. An admin must let the collector sign in again on Portals.`;
}
