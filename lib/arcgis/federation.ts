import 'server-only';
import { FederatedServersSchema, ServerLicensesSchema, type FederatedServer, type ServerLicenses } from '../schemas/server-licenses';
import { portalCall, type PortalConnection } from './connection';
import { ArcGISError } from './errors';
import { arcgisRequestParsed } from './request';
import { TokenResponseSchema, TOKEN_MINUTES } from './sign-in';

// The base portal's federated ArcGIS Servers and their licenses. Each server is read with a
// server token the portal issues in exchange for the session's portal token (generateToken with
// token and serverUrl, as Esri documents); only when the portal will not exchange it does the
// portal token itself go to the server (issue 15: an OAuth token may not be exchangeable everywhere).

export type ServerReading = { ok: true; licenses: ServerLicenses } | { ok: false; reason: string };

export async function listFederatedServers(connection: PortalConnection): Promise<FederatedServer[]> {
  return (await portalCall(connection, '/portaladmin/federation/servers', FederatedServersSchema)).servers;
}

/** A token for one federated server, bound to the dashboard's Referer like the portal token. */
async function serverToken(connection: PortalConnection, serverUrl: string): Promise<string> {
  const issued = await arcgisRequestParsed(`${connection.portalUrl}/sharing/rest/generateToken`, TokenResponseSchema, {
    method: 'POST',
    params: { serverUrl, client: 'referer', referer: connection.referer, expiration: TOKEN_MINUTES },
    token: connection.token,
    referer: connection.referer,
    timeoutMs: connection.timeoutMs,
  });
  return issued.token;
}

function reasonOf(error: ArcGISError): string {
  if (error.kind === 'portal' && error.isAuthError) return `The server refused the token: ${error.messages.join(' ')}`;
  return error.messages.join(' ');
}

/**
 * One server's /admin/system/licenses, or why it could not be read. A portal that no longer
 * accepts the session's token is the session's problem, not the server's, and propagates.
 */
export async function readFederatedServerLicenses(connection: PortalConnection, server: FederatedServer): Promise<ServerReading> {
  let token: string;
  let exchangeRefused: string | undefined;
  try {
    token = await serverToken(connection, server.url);
  } catch (error) {
    if (!(error instanceof ArcGISError) || error.isAuthError || error.kind === 'unreachable') throw error;
    // A federated server trusts its portal's tokens (Esri: "a portal token generated for a portal
    // administrator"), so one the portal will not exchange is tried as it is, as ArcGIS API for Python does.
    token = connection.token;
    exchangeRefused = error.messages.join(' ');
  }
  const adminBase = (server.adminUrl ?? server.url).replace(/\/+$/, '');
  try {
    const licenses = await arcgisRequestParsed(`${adminBase}/admin/system/licenses`, ServerLicensesSchema, {
      token,
      referer: connection.referer,
      timeoutMs: connection.timeoutMs,
    });
    return { ok: true, licenses };
  } catch (error) {
    if (!(error instanceof ArcGISError)) throw error;
    const reason = reasonOf(error);
    return {
      ok: false,
      reason: exchangeRefused
        ? `The portal would not issue a token for this server (${exchangeRefused}), and the server refused the portal's own: ${reason}`
        : reason,
    };
  }
}
