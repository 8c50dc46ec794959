import 'server-only';
import type { PortalConnection } from './connection';
import { ArcGISError } from './errors';
import { arcgisRequest } from './request';

/** How long the check may take: it only decides the words of an error already in hand. */
const CHECK_TIMEOUT_MS = 5_000;

/**
 * A 498/499 says "sign in again" only when the token no longer works anywhere: after it expired or
 * a restart revoked it. A token the portal refuses on one call yet accepts on community/self (the
 * signed-in member, which any valid token may read) was issued moments ago or is still in date, and
 * a new one would be refused the same way. Returns `error` marked tokenAcceptedElsewhere in that
 * case, `error` unchanged otherwise (a refused or failed check included: the old verdict stands).
 */
export async function judgeTokenRefusal(error: unknown, connection: PortalConnection): Promise<unknown> {
  if (!(error instanceof ArcGISError) || !error.isTokenRefusal) return error;
  const accepted = await arcgisRequest(`${connection.portalUrl}/sharing/rest/community/self`, {
    token: connection.token,
    referer: connection.referer,
    timeoutMs: Math.min(connection.timeoutMs, CHECK_TIMEOUT_MS),
  }).then(
    () => true,
    () => false,
  );
  if (!accepted) return error;
  return new ArcGISError({
    kind: error.kind,
    url: error.url,
    messages: error.messages,
    code: error.code,
    httpStatus: error.httpStatus,
    tokenAcceptedElsewhere: true,
  });
}
