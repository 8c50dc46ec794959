import 'server-only';
import { readAccount } from '../../arcgis/account';
import { revokeToken, type OAuthTokens } from '../../arcgis/oauth';
import { getConfig } from '../../config';
import { ApiError } from '../../http/api-error';
import { mayManageLicenses, noLicensePrivilegeWords } from '../../licensing/license-privileges';
import { portalRefOf } from '../../licensing/snapshot';
import type { PortalEntry } from '../../portal-list';
import type { PortalSession } from '../../session';
import { appStore } from '../../store/app-store';
import { readCollectorGrant, saveCollectorGrant } from '../../store/collector-grants';
import { auditedWith } from '../audit/audited';
import { configuredPortalRef } from '../history/collector-portal';
import { revokeAfterAnswer } from '../session/server';
import { openGrantSecret, sealGrantSecret } from './grant';

/**
 * Keeps the sign-in an admin lends the collector (the end of a collector flow, lib/features/session/
 * oauth-flow.ts): checks the account may manage licenses (community/self, as a sign-in does), seals
 * the refresh token with SESSION_SECRET and saves it as the portal's grant, replacing an earlier one
 * (whose refresh token is then revoked at the portal, best effort). Recorded in the audit log as
 * lend-collector under `session`'s admin. Throws ApiError (portal_forbidden in words for an account
 * without the privilege; invalid_input when the portal gave no refresh token), StoreUnavailableError
 * (nothing kept), or the ArcGISError of reading the account.
 */
export async function lendCollector({
  portal,
  session,
  tokens,
  redirectUri,
}: {
  portal: PortalEntry & { clientId: string };
  session: PortalSession;
  tokens: OAuthTokens;
  redirectUri: string;
}): Promise<void> {
  const at = Date.now();
  const ref = configuredPortalRef(portal);
  const { timeoutMs } = getConfig();
  const start = {
    portal: portalRefOf(session.portalUrl, session.profile),
    at,
    admin: session.username,
    action: 'lend-collector' as const,
    target: tokens.username,
    parameters: {
      method: 'ArcGIS OAuth 2.0',
      // Not "…token…": the audit log blanks parameters named like secrets, and this one is a date.
      renewableUntil: tokens.refreshExpires === undefined ? 'not said by the portal' : new Date(tokens.refreshExpires).toISOString(),
    },
  };
  await auditedWith(appStore, start, async () => {
    const { refreshToken } = tokens;
    if (!refreshToken) throw new ApiError('invalid_input', `${portal.name} gave no refresh token, so the collector could not sign in again later.`);
    const account = await readAccount({ portalUrl: portal.url, token: tokens.accessToken, referer: session.referer, timeoutMs });
    if (!mayManageLicenses(account)) {
      revokeAfterAnswer(portal.url, portal.clientId, refreshToken, `the refused lend of ${tokens.username}`);
      throw new ApiError('portal_forbidden', noLicensePrivilegeWords(account, portal.name, 'the collector may not use this sign-in'));
    }
    const store = await appStore();
    const previous = await readCollectorGrant(store, ref);
    await saveCollectorGrant(store, ref, {
      username: tokens.username,
      grantedBy: session.username,
      grantedAt: at,
      sealed: await sealGrantSecret({ refreshToken, redirectUri }),
      refreshExpires: tokens.refreshExpires ?? null,
      updatedAt: at,
    });
    if (previous) {
      // The replaced refresh token would stay valid at the portal until its end: end it now.
      await openGrantSecret(previous.sealed)
        .then((secret) => revokeToken(portal.url, portal.clientId, secret.refreshToken, timeoutMs))
        .catch((error: unknown) => console.error(`[collector] ${portal.url}: the replaced sign-in was not revoked: ${String(error)}`));
    }
  });
}
