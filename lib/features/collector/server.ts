import 'server-only';
import type { NextRequest } from 'next/server';
import { ArcGISError } from '../../arcgis/errors';
import { revokeToken } from '../../arcgis/oauth';
import { getConfig } from '../../config';
import type { ServedEndpoint } from '../../endpoint/server';
import type { ServedOf } from '../../endpoint/contract';
import { ApiError } from '../../http/api-error';
import { describeProblem } from '../../http/problem';
import { json, sessionRoute } from '../../http/route';
import { PAGES } from '../../pages';
import { portalEntry, type PortalSession } from '../../session';
import { appStore } from '../../store/app-store';
import { deleteCollectorGrant, readCollectorGrant } from '../../store/collector-grants';
import { audited } from '../audit/audited';
import { configuredPortalRef } from '../history/collector-portal';
import { startAuthorization } from '../session/oauth-flow';
import type { lendCollectorEndpoint, stopCollectorEndpoint } from './contract';
import { openGrantSecret, takesCollectorGrant } from './grant';

/** The session's portal, when it can lend the collector an OAuth sign-in. Throws ApiError not_supported in words otherwise. */
function grantablePortal(session: PortalSession) {
  const portal = portalEntry(session.portalId);
  if (!portal || !takesCollectorGrant(portal))
    throw new ApiError(
      'not_supported',
      `${portal?.name ?? session.portalUrl} offers no OAuth sign-in (no clientId in the dashboard's settings), so there is none to lend the collector; give it a built-in account (ARCGIS_COLLECTOR_USERNAME/PASSWORD) instead.`,
    );
  return portal;
}

/**
 * POST /api/collector/lend: the authorize URL of a round trip whose tokens become the collector's
 * own sign-in to the session's portal (kept by the OAuth callback, lib/features/collector/lend.ts).
 * Nothing is kept before the admin comes back from the portal. Throws ApiError not_supported.
 */
async function lend(request: NextRequest, session: PortalSession): Promise<ServedOf<typeof lendCollectorEndpoint>> {
  const portal = grantablePortal(session);
  return { authorizeUrl: await startAuthorization(request, portal, { returnTo: PAGES.portals.path, purpose: 'collector' }) };
}

/**
 * POST /api/collector/stop: the grant leaves the store first (the collector stops using it whatever
 * the portal says), then its refresh token is revoked at the portal, once, recorded as stop-collector.
 * A revocation the portal did not confirm is reported in its words, with when the token ends by
 * itself. Throws StoreUnavailableError (nothing stopped), ApiError not_supported.
 */
async function stop(session: PortalSession): Promise<ServedOf<typeof stopCollectorEndpoint>> {
  const portal = grantablePortal(session);
  const store = await appStore();
  const ref = configuredPortalRef(portal);
  const grant = await readCollectorGrant(store, ref);
  if (!grant) return { stopped: false };
  let revokeProblem: string | undefined;
  const change = {
    action: 'stop-collector' as const,
    target: grant.username,
    parameters: { lentBy: grant.grantedBy, portalCall: 'oauth2/revokeToken' },
  };
  await audited(session, change, async () => {
    const removed = await deleteCollectorGrant(store, ref);
    // Stopped meanwhile (another admin, another tab): its token was revoked then.
    if (!removed) return;
    try {
      const { refreshToken } = await openGrantSecret(removed.sealed);
      await revokeToken(portal.url, portal.clientId, refreshToken, getConfig().timeoutMs);
    } catch (error) {
      revokeProblem =
        error instanceof ArcGISError ? describeProblem(error, portal.url).body.error.message : String(error instanceof Error ? error.message : error);
      throw error;
    }
  }).catch((error: unknown) => {
    // Only the revocation's failure is answered in words: the grant is gone from the store already.
    if (revokeProblem === undefined) throw error;
  });
  return { stopped: true, revokeProblem, refreshExpires: grant.refreshExpires };
}

export const lendCollectorRoute: ServedEndpoint = { handle: sessionRoute(async (request, { session }) => json(await lend(request, session))) };
export const stopCollectorRoute: ServedEndpoint = { handle: sessionRoute(async (_request, { session }) => json(await stop(session))) };
