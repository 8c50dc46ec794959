import 'server-only';
import { z } from 'zod';
import { arcgisRequestParsed } from './request';

// ArcGIS OAuth 2.0, the two halves the dashboard's server does (docs/arcgis-oauth-research.md §1–2):
// the authorize URL the browser is sent to, and the token POSTs. Written here rather than with an
// OAuth client library because the portal's answers are not RFC 6749's: no token_type, errors with
// HTTP 200 and the sharing API's nested {"error":{…}} body (which arcgisRequest already reads).

/**
 * `POST <portal>/sharing/rest/oauth2/token`'s answer (10.8.1+; Enterprise on Kubernetes the same
 * under its context). `expires_in` and `refresh_token_expires_in` are seconds from now; a refresh
 * token comes only with grant_type authorization_code or exchange_refresh_token, its lifetime from 10.9.1.
 */
const TokenAnswerSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  username: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  refresh_token_expires_in: z.number().positive().optional(),
});

/** What a token answer means, in epoch milliseconds. */
export interface OAuthTokens {
  accessToken: string;
  /** Epoch milliseconds. */
  accessExpires: number;
  username: string;
  /** Absent after grant_type=refresh_token: the refresh token in hand stays valid. */
  refreshToken?: string;
  /** Epoch milliseconds; absent when the portal does not say (before 10.9.1). */
  refreshExpires?: number;
}

/** The registered app, as the dashboard's configuration names it. */
export interface OAuthClient {
  clientId: string;
  /** Only for portals before 10.8.1, which know no PKCE. */
  clientSecret?: string;
  /** `<dashboard>/api/session/oauth/callback`, exactly as registered and as sent to authorize. */
  redirectUri: string;
}

/** How long an admin's refresh token should live, in minutes: the portal's default (2 weeks); the organization may cap it. */
const REFRESH_TOKEN_MINUTES = 20_160;
/** The longest refresh token a portal gives (90 days), for the collector's grant; the organization may cap it. */
export const LONGEST_REFRESH_MINUTES = 129_600;

/**
 * `GET <portal>/sharing/rest/oauth2/authorize` for the authorization code grant, with PKCE (S256)
 * when `codeChallenge` is given (portals 10.8.1+). `expiration` sets the refresh token's life:
 * `refreshMinutes`, else two weeks.
 */
export function authorizeUrl(
  portalUrl: string,
  client: OAuthClient,
  request: { state: string; codeChallenge?: string; refreshMinutes?: number },
): string {
  const query = new URLSearchParams({
    client_id: client.clientId,
    response_type: 'code',
    redirect_uri: client.redirectUri,
    state: request.state,
    expiration: String(request.refreshMinutes ?? REFRESH_TOKEN_MINUTES),
  });
  if (request.codeChallenge) {
    query.set('code_challenge', request.codeChallenge);
    query.set('code_challenge_method', 'S256');
  }
  return `${portalUrl}/sharing/rest/oauth2/authorize?${query.toString()}`;
}

async function tokenCall(portalUrl: string, params: Record<string, string>, timeoutMs: number, now: number): Promise<OAuthTokens> {
  const answer = await arcgisRequestParsed(`${portalUrl}/sharing/rest/oauth2/token`, TokenAnswerSchema, { method: 'POST', params, timeoutMs });
  return {
    accessToken: answer.access_token,
    accessExpires: now + answer.expires_in * 1000,
    username: answer.username,
    refreshToken: answer.refresh_token,
    refreshExpires: answer.refresh_token_expires_in === undefined ? undefined : now + answer.refresh_token_expires_in * 1000,
  };
}

/**
 * grant_type=authorization_code: the code from the redirect, with its PKCE verifier, and the app's
 * secret when one is configured (a portal before 10.8.1 ignores the challenge and needs it). Sent once. Throws ArcGISError: kind portal with the
 * portal's words for a refused code (wrong verifier, used or expired code, redirect mismatch).
 */
export function exchangeCode(
  portalUrl: string,
  client: OAuthClient,
  grant: { code: string; codeVerifier?: string },
  timeoutMs: number,
  now = Date.now(),
): Promise<OAuthTokens> {
  const params: Record<string, string> = {
    grant_type: 'authorization_code',
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    code: grant.code,
  };
  if (grant.codeVerifier) params.code_verifier = grant.codeVerifier;
  if (client.clientSecret) params.client_secret = client.clientSecret;
  return tokenCall(portalUrl, params, timeoutMs, now);
}

/**
 * A new access token. grant_type=refresh_token keeps the refresh token; exchange_refresh_token
 * (`rotate`) replaces it, and the old one and its access tokens stop working. Throws ArcGISError
 * (code 498 "refresh_token expired" / "Invalid refresh_token" when the admin must sign in again).
 */
export function refreshTokens(
  portalUrl: string,
  client: OAuthClient,
  refreshToken: string,
  options: { rotate: boolean; timeoutMs: number; now?: number },
): Promise<OAuthTokens> {
  const params: Record<string, string> = options.rotate
    ? { grant_type: 'exchange_refresh_token', client_id: client.clientId, redirect_uri: client.redirectUri, refresh_token: refreshToken }
    : { grant_type: 'refresh_token', client_id: client.clientId, refresh_token: refreshToken };
  return tokenCall(portalUrl, params, options.timeoutMs, options.now ?? Date.now());
}

const RevokeAnswerSchema = z.looseObject({ success: z.literal(true) });

/**
 * `POST <portal>/sharing/rest/oauth2/revokeToken` (`client_id`, `auth_token`): ends a refresh token and
 * every access token it gave. The portal answers `{"success":true}` even for a token it does not know
 * (research §2). Sent once. Throws ArcGISError when the portal refuses or cannot be reached.
 */
export async function revokeToken(portalUrl: string, clientId: string, token: string, timeoutMs: number): Promise<void> {
  await arcgisRequestParsed(`${portalUrl}/sharing/rest/oauth2/revokeToken`, RevokeAnswerSchema, {
    method: 'POST',
    params: { client_id: clientId, auth_token: token },
    timeoutMs,
  });
}
