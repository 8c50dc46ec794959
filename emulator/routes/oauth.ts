import { checkPassword, SIGN_IN_REFUSAL } from '../credentials';
import { sendJson } from '../http';
import { isRegisteredRedirect, refreshLifetimeMs } from '../oauth-app';
import { DEFAULT_EXPIRATION_MINUTES, MAX_EXPIRATION_MINUTES, verifierMatches, type AuthorizeRequest, type CodeChallenge } from '../oauth-flows';
import { redirectToApp, sendOAuthErrorPage, sendSignInPage } from '../oauth-pages';
import { BOTH, type Route, type RouteContext } from '../router';
import { DEMO_OAUTH_APP } from '../seed';
import type { IssuedToken, RefreshGrant } from '../tokens';

// OAuth 2.0 at <context>/sharing/rest/oauth2 (docs/arcgis-oauth-research.md §1, §2, §9): authorize
// renders the portal's sign-in page, signin redirects to the app with a code, token exchanges codes
// and refresh tokens, revokeToken ends a grant. Each route writes its own answer: HTML and 302s for
// the browser steps, JSON (HTTP 200, errors included) for the app's.

const OAUTH = '/sharing/rest/oauth2';

/** A refusal of oauth2/token in the portal's shape: the sharing error with OAuth's two fields (research §2). */
class OAuthError extends Error {
  constructor(
    readonly code: 400 | 498,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }

  body(): unknown {
    return { error: { code: this.code, error: this.error, error_description: this.description, message: this.description, details: [] } };
  }
}

const invalidRequest = (description: string, code: 400 | 498 = 400) => new OAuthError(code, 'invalid_request', description);

function challengeOf({ req, deployment }: RouteContext): CodeChallenge | 'invalid' | undefined {
  // Before 10.8.1 the portal knows nothing of PKCE: the parameters are ignored (README, "OAuth").
  const value = req.param('code_challenge');
  if (!deployment.traits.pkce || !value) return undefined;
  // RFC 7636 §4.3: plain when the method is left out.
  const method = req.param('code_challenge_method') ?? 'plain';
  return method === 'S256' || method === 'plain' ? { value, method } : 'invalid';
}

function expirationMinutes(param: string | undefined): number {
  const minutes = Number.parseInt(param ?? '', 10);
  return minutes > 0 ? Math.min(minutes, MAX_EXPIRATION_MINUTES) : DEFAULT_EXPIRATION_MINUTES;
}

function signInAction(context: RouteContext): string {
  return `${context.deployment.context}${OAUTH}/signin`;
}

/** GET oauth2/authorize: the app and its redirect checked (error pages, no redirect), then the sign-in page. */
function authorize(context: RouteContext): void {
  const { req, res, deployment, runtime } = context;
  if (req.param('client_id') !== DEMO_OAUTH_APP.clientId) return sendOAuthErrorPage(res, 'Invalid client_id');
  const redirectUri = req.param('redirect_uri');
  if (!redirectUri || !isRegisteredRedirect(runtime.oauth.redirectUris, redirectUri)) return sendOAuthErrorPage(res, 'Invalid redirect_uri');
  const state = req.param('state');
  if (req.param('response_type') !== 'code') {
    return redirectToApp(res, redirectUri, { error: 'unsupported_response_type', error_description: 'Invalid response_type', state });
  }
  const challenge = challengeOf(context);
  if (challenge === 'invalid') {
    return redirectToApp(res, redirectUri, { error: 'invalid_request', error_description: 'Invalid code_challenge_method', state });
  }
  const request: AuthorizeRequest = {
    clientId: DEMO_OAUTH_APP.clientId,
    redirectUri,
    state,
    challenge,
    expirationMinutes: expirationMinutes(req.param('expiration')),
  };
  sendSignInPage(res, { portalName: deployment.org.name, action: signInAction(context), oauthState: deployment.oauth.begin(request, runtime.now()) });
}

/** POST oauth2/signin: the sign-in page's form. Cancel or good credentials end in a 302 to the app. */
function signIn(context: RouteContext): void {
  const { req, res, deployment, runtime } = context;
  const now = runtime.now();
  const oauthState = req.body.get('oauth_state') ?? '';
  const request = deployment.oauth.signIn(oauthState, now);
  if (!request) return sendOAuthErrorPage(res, 'Invalid oauth_state');
  if (req.body.has('cancel')) {
    deployment.oauth.end(oauthState);
    return redirectToApp(res, request.redirectUri, {
      error: 'access_denied',
      error_description: 'The user has denied your request',
      state: request.state,
    });
  }
  const username = req.body.get('username') ?? '';
  const check = checkPassword(deployment, username, req.body.get('password') ?? '', now);
  if (check !== 'ok') {
    return sendSignInPage(res, {
      portalName: deployment.org.name,
      action: signInAction(context),
      oauthState,
      username,
      error: SIGN_IN_REFUSAL[check],
    });
  }
  deployment.oauth.end(oauthState);
  redirectToApp(res, request.redirectUri, { code: deployment.oauth.issueCode(request, username, now), state: request.state });
}

function accessAnswer(access: IssuedToken, now: number) {
  return { access_token: access.token, expires_in: Math.round((access.expires - now) / 1000), username: access.username, ssl: false };
}

function refreshAnswer({ deployment }: RouteContext, grant: RefreshGrant, now: number) {
  return {
    refresh_token: grant.token,
    // Seconds, as the live answer shows (research §2); portals before 10.9.1 leave it out.
    ...(deployment.traits.refreshTokenExpiresIn ? { refresh_token_expires_in: Math.round((grant.expires - now) / 1000) } : {}),
  };
}

/** grant_type=authorization_code: the code once, with the same redirect_uri and the verifier of its challenge. */
function exchangeCode(context: RouteContext, now: number): unknown {
  const { req, deployment, runtime } = context;
  // Without PKCE (before 10.8.1) nothing proves the caller is the app but its secret.
  if (!deployment.traits.pkce && req.param('client_secret') === undefined) throw invalidRequest('Invalid client_secret');
  const redirectUri = req.param('redirect_uri');
  if (!redirectUri) throw invalidRequest('redirect_uri not specified');
  const code = req.param('code');
  const issued = code ? deployment.oauth.takeCode(code, now) : undefined;
  if (!issued || issued.request.clientId !== req.param('client_id')) throw invalidRequest('Invalid authorization code');
  if (issued.request.redirectUri !== redirectUri) throw invalidRequest('Invalid redirect_uri');
  if (issued.request.challenge && !verifierMatches(issued.request.challenge, req.param('code_verifier'))) {
    throw invalidRequest('Invalid code_verifier');
  }
  const lifetimeMs = refreshLifetimeMs(issued.request.expirationMinutes, runtime.oauth);
  const grant = deployment.tokens.issueRefresh(issued.username, issued.request.clientId, lifetimeMs, now);
  const access = deployment.tokens.issueAccess(grant, runtime.oauth.accessSeconds, now);
  return { ...accessAnswer(access, now), ...refreshAnswer(context, grant, now) };
}

/** The refresh token's grant, if it is this app's and still valid; else the portal's 498 (research §2). */
function liveGrant({ req, deployment }: RouteContext, now: number): RefreshGrant {
  const token = req.param('refresh_token');
  if (!token) throw invalidRequest('refresh_token not specified');
  const grant = deployment.tokens.refreshGrant(token);
  if (!grant || grant.clientId !== req.param('client_id')) throw invalidRequest('Invalid refresh_token', 498);
  if (grant.expires <= now) throw invalidRequest('refresh_token expired', 498);
  return grant;
}

/** grant_type=refresh_token: a new access token; the refresh token stays as it is. */
function refreshAccess(context: RouteContext, now: number): unknown {
  const grant = liveGrant(context, now);
  return accessAnswer(context.deployment.tokens.issueAccess(grant, context.runtime.oauth.accessSeconds, now), now);
}

/**
 * grant_type=exchange_refresh_token: a new refresh token with the old one's lifetime, and a new access
 * token; the old refresh token and every access token obtained with it stop working (research §2).
 */
function exchangeRefreshToken(context: RouteContext, now: number): unknown {
  const { req, deployment, runtime } = context;
  const redirectUri = req.param('redirect_uri');
  if (!redirectUri) throw invalidRequest('redirect_uri not specified');
  if (!isRegisteredRedirect(runtime.oauth.redirectUris, redirectUri)) throw invalidRequest('Invalid redirect_uri');
  const old = liveGrant(context, now);
  deployment.tokens.revoke(old.token);
  const grant = deployment.tokens.issueRefresh(old.username, old.clientId, old.lifetimeMs, now);
  const access = deployment.tokens.issueAccess(grant, runtime.oauth.accessSeconds, now);
  return { ...accessAnswer(access, now), ...refreshAnswer(context, grant, now) };
}

const GRANTS: Record<string, (context: RouteContext, now: number) => unknown> = {
  authorization_code: exchangeCode,
  refresh_token: refreshAccess,
  exchange_refresh_token: exchangeRefreshToken,
};

/** POST oauth2/token: JSON with HTTP 200 whatever `f` says, refusals included. */
function token(context: RouteContext): void {
  const { req, res, runtime } = context;
  const answer = (): unknown => {
    if (req.param('client_id') !== DEMO_OAUTH_APP.clientId) throw new OAuthError(400, 'invalid_client_id', 'Invalid client_id');
    const secret = req.param('client_secret');
    if (secret !== undefined && secret !== DEMO_OAUTH_APP.clientSecret) throw invalidRequest('Invalid client_secret');
    const grant = GRANTS[req.param('grant_type') ?? ''];
    if (!grant) throw new OAuthError(400, 'unsupported_grant_type', 'Invalid grant_type');
    return grant(context, runtime.now());
  };
  try {
    sendJson(res, answer());
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    sendJson(res, error.body());
  }
}

/** POST oauth2/revokeToken: `{"success":true}` whatever the token (research §2). */
function revokeToken({ req, res, deployment }: RouteContext): void {
  const authToken = req.param('auth_token');
  if (authToken) deployment.tokens.revoke(authToken);
  sendJson(res, { success: true });
}

const oauthRoute = (method: Route['method'], name: string, title: string, handle: (context: RouteContext) => void): Route => ({
  method,
  // rest-js posts to oauth2/token/ and oauth2/revokeToken/ with a trailing slash.
  pattern: new RegExp(`^${OAUTH}/${name}/?$`),
  api: 'sharing',
  auth: 'none',
  kinds: BOTH,
  title,
  handle,
});

export const oauthRoutes: Route[] = [
  oauthRoute('GET', 'authorize', 'Authorize', authorize),
  oauthRoute('POST', 'signin', 'Sign In', signIn),
  oauthRoute('POST', 'token', 'Token', token),
  oauthRoute('POST', 'revokeToken', 'Revoke Token', revokeToken),
];
