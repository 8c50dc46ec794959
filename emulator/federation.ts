import { OAuthFlows } from './oauth-flows';
import { EmulatorError, type Deployment, type RouteContext } from './router';
import type { FederatedServer } from './state';
import type { TokenStore } from './tokens';

// Federated ArcGIS Servers of the base portal. Each one this emulator serves is a deployment of
// its own context (/server1, /server2) that shares the portal's members (federation makes the
// portal its identity store) but has its own tokens: a portal token is exchanged for a server
// token with generateToken(token, serverUrl), as Esri documents.

/** The federated servers' deployments, beside the base portal's. */
export function federatedServerDeployments(portal: Deployment, tokensFor: (context: string) => TokenStore): Deployment[] {
  return portal.org.federatedServers.flatMap((server) =>
    server.context
      ? [
          {
            kind: 'server' as const,
            context: server.context,
            org: portal.org,
            tokens: tokensFor(server.context),
            oauth: new OAuthFlows(),
            failedSignIns: new Map(),
            profile: portal.profile,
            traits: portal.traits,
          },
        ]
      : [],
  );
}

/** Where the portal says a server is: on this emulator's origin, or its unreachable address. */
export function serverUrlOf(server: FederatedServer, host: string): string {
  return server.context ? `http://${host}${server.context}` : (server.unreachableUrl ?? '');
}

/** A server of a federated deployment's own context. */
export function federatedServerAt(deployment: Deployment): FederatedServer {
  const server = deployment.org.federatedServers.find((s) => s.context === deployment.context);
  if (!server) throw new EmulatorError(404, `No server at ${deployment.context}.`);
  return server;
}

function sameServer(serverUrl: string, candidate: string): boolean {
  const normalize = (url: string) => url.replace(/\/+$/, '').toLowerCase();
  const wanted = normalize(serverUrl);
  const base = normalize(candidate);
  return wanted === base || wanted.startsWith(`${base}/`);
}

/**
 * generateToken with token + serverUrl: a server token for a federated server, in exchange for a
 * valid portal token (bound to the same Referer when the client asks for client=referer).
 */
export function exchangeForServerToken({ req, deployment, runtime }: RouteContext): unknown {
  if (req.method !== 'POST') {
    throw new EmulatorError(400, 'Unable to generate token.', ['generateToken must be called with POST.']);
  }
  const serverUrl = req.param('serverUrl') ?? '';
  const referer = typeof req.headers.referer === 'string' ? req.headers.referer : undefined;
  const now = runtime.now();
  const check = deployment.tokens.check(req.param('token') ?? undefined, referer, now);
  if (!check.ok) {
    throw check.code === 499
      ? new EmulatorError(400, 'Unable to generate token.', ["'username' must be specified."])
      : new EmulatorError(498, 'Invalid token.');
  }
  const host = req.headers.host ?? '127.0.0.1';
  const server = deployment.org.federatedServers.find((s) => sameServer(serverUrl, serverUrlOf(s, host)));
  if (!server) {
    throw new EmulatorError(400, 'Unable to generate token.', [`'${serverUrl}' is not a server federated with this portal.`]);
  }
  const target = server.context ? runtime.findDeployment(server.context) : undefined;
  // The portal hands out tokens for a server it cannot reach: the failure shows when the server is called.
  const tokens = target?.tokens;
  const expiration = Number(req.param('expiration'));
  const minutes = Number.isFinite(expiration) ? expiration : undefined;
  const client = req.param('client');
  const boundTo = client === 'referer' ? (req.param('referer') ?? referer) : undefined;
  if (!tokens) return { token: `unreachable-${server.id}`, expires: now + (minutes ?? 60) * 60_000, ssl: false };
  const issued = tokens.issue(check.username, minutes, boundTo, now);
  return { token: issued.token, expires: issued.expires, ssl: false };
}
