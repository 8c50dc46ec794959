import 'server-only';
import { sealData, unsealData } from 'iron-session';
import { cookies } from 'next/headers';
import { after, NextResponse, type NextRequest } from 'next/server';
import { ArcGISError } from '../../arcgis/errors';
import { authorizeUrl, exchangeCode, LONGEST_REFRESH_MINUTES, type OAuthClient } from '../../arcgis/oauth';
import { signInPath } from '../../api-client';
import { getConfig } from '../../config';
import { ApiError } from '../../http/api-error';
import { isHttpsRequest } from '../../http/origin';
import { describeProblem } from '../../http/problem';
import { newAuthorizationRequest, readAuthorizationResponse } from '../../oauth-response';
import { PAGES } from '../../pages';
import type { PortalEntry } from '../../portal-list';
import { safeReturnPath } from '../../return-path';
import { currentPortal, freshSession, isTokenExpired, pathOnPortal, portalEntry, portalParamOf, readSession, sessionPlan } from '../../session';
import { appStore } from '../../store/app-store';
import { auditResultOf } from '../audit/outcome';
import { recordSessionEvent } from '../audit/session-events';
import { takesCollectorGrant } from '../collector/grant';
import { lendCollector } from '../collector/lend';
import { collectNow } from '../history/collector';
import { completeSignIn } from './server';

// Sign in with ArcGIS (OAuth 2.0 authorization code + PKCE, issue 15), on the dashboard's server:
// /api/session/oauth/start sends the browser to the portal's authorize page; the portal sends it
// back to /api/session/oauth/callback, whose code the server exchanges for tokens that never leave
// it. Between the two, the state and the verifier wait in a short-lived sealed cookie, read once.

const FLOW_COOKIE = 'license_dashboard_oauth';
const FLOW_PATH = '/api/session/oauth';
/** How long a started sign-in may take at the portal, in seconds. */
const FLOW_SECONDS = 600;
/** How long the words of a failed sign-in stay readable on the sign-in page, in seconds. */
const PROBLEM_SECONDS = 300;
const CALLBACK_PATH = '/api/session/oauth/callback';

/** sign-in: an admin signing in; collector: an admin lending the collector a sign-in of its own (lib/features/collector). */
export type FlowPurpose = 'sign-in' | 'collector';

interface Flow {
  portalId: string;
  state: string;
  codeVerifier: string;
  redirectUri: string;
  returnTo: string;
  /** Absent in flows started before the collector could be lent a sign-in: a sign-in. */
  purpose?: FlowPurpose;
}

/** The dashboard's address as the browser sees it: DASHBOARD_URL, else the request's scheme and host. */
function dashboardOrigin(request: NextRequest): string {
  const configured = getConfig().publicUrl;
  if (configured) return new URL(configured).origin;
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? request.headers.get('host') ?? request.nextUrl.host;
  return `${isHttpsRequest(request.url, request.headers) ? 'https' : 'http'}://${host}`;
}

/** The redirect URI to register in the portal for this dashboard: `<dashboard>/api/session/oauth/callback`. */
function redirectUriOf(request: NextRequest): string {
  return `${dashboardOrigin(request)}${CALLBACK_PATH}`;
}

function clientOf(portal: PortalEntry, redirectUri: string): OAuthClient | undefined {
  if (!portal.clientId || !portal.signIn.includes('oauth')) return undefined;
  return { clientId: portal.clientId, clientSecret: portal.clientSecret, redirectUri };
}

/**
 * To the page a flow ends on (sign-in; /portals for a collector flow), with the problem sealed in its
 * `problem` parameter: words only this dashboard can have written.
 */
async function problemRedirect(
  request: NextRequest,
  portal: PortalEntry,
  words: string,
  returnTo: string,
  purpose: FlowPurpose = 'sign-in',
): Promise<NextResponse> {
  const path = purpose === 'collector' ? PAGES.portals.path : signInPath(undefined, returnTo, portalParamOf(portal.id));
  const target = new URL(path, dashboardOrigin(request));
  target.searchParams.set('problem', await sealData(words, { password: getConfig().sessionSecret, ttl: PROBLEM_SECONDS }));
  return NextResponse.redirect(target, 303);
}

/** The words of a flow's problem sealed by this module, or undefined for a missing, forged or old one. */
export async function readFlowProblem(sealed: string | undefined): Promise<string | undefined> {
  if (!sealed) return undefined;
  const words = await unsealData<unknown>(sealed, { password: getConfig().sessionSecret, ttl: PROBLEM_SECONDS }).catch(() => undefined);
  return typeof words === 'string' && words ? words : undefined;
}

/** GET /api/session/oauth/start?portal=<id>&next=<path>: to the portal's authorize page, with a new state and PKCE challenge. */
export async function startOAuth(request: NextRequest): Promise<NextResponse> {
  const params = request.nextUrl.searchParams;
  const portal = portalEntry(params.get('portal') ?? '') ?? (await currentPortal());
  return beginAuthorization(request, portal, { returnTo: safeReturnPath(params.get('next') ?? undefined), purpose: 'sign-in' });
}

/**
 * The browser to `portal`'s authorize page (startAuthorization), or to the flow's page with the
 * problem in words when OAuth is not configured for it.
 */
async function beginAuthorization(
  request: NextRequest,
  portal: PortalEntry,
  { returnTo, purpose }: { returnTo: string; purpose: FlowPurpose },
): Promise<NextResponse> {
  try {
    return NextResponse.redirect(await startAuthorization(request, portal, { returnTo, purpose }), 303);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return problemRedirect(request, portal, error.message, returnTo, purpose);
  }
}

/**
 * A new authorize round trip to `portal`: the state and PKCE verifier, with the purpose, sealed in the
 * flow cookie; returns the authorize URL to send the browser to. A collector flow asks for the longest
 * refresh token the portal gives (90 days; the organization may cap it). Callers check who may start
 * which flow. Throws ApiError not_supported when the portal has no OAuth sign-in configured.
 */
export async function startAuthorization(
  request: NextRequest,
  portal: PortalEntry,
  { returnTo, purpose }: { returnTo: string; purpose: FlowPurpose },
): Promise<string> {
  const redirectUri = redirectUriOf(request);
  const client = clientOf(portal, redirectUri);
  if (!client)
    throw new ApiError(
      'not_supported',
      `Sign-in with ${portal.name} (OAuth) is not configured: the portal has no clientId in the dashboard's settings.`,
    );
  const { state, codeVerifier, codeChallenge } = await newAuthorizationRequest();
  const flow: Flow = { portalId: portal.id, state, codeVerifier, redirectUri, returnTo, purpose };
  (await cookies()).set(FLOW_COOKIE, await sealData(flow, { password: getConfig().sessionSecret, ttl: FLOW_SECONDS }), {
    httpOnly: true,
    // Lax: the cookie must come back on the portal's top-level redirect to the callback.
    sameSite: 'lax',
    secure: isHttpsRequest(request.url, request.headers),
    path: FLOW_PATH,
    maxAge: FLOW_SECONDS,
  });
  const refreshMinutes = purpose === 'collector' ? LONGEST_REFRESH_MINUTES : undefined;
  return authorizeUrl(portal.url, client, { state, codeChallenge, refreshMinutes });
}

async function readFlow(): Promise<Flow | undefined> {
  const jar = await cookies();
  const sealed = jar.get(FLOW_COOKIE)?.value;
  // Read once: a second callback with the same cookie (a replayed or reloaded redirect) finds nothing.
  jar.delete({ name: FLOW_COOKIE, path: FLOW_PATH });
  if (!sealed) return undefined;
  const flow = await unsealData<Partial<Flow>>(sealed, { password: getConfig().sessionSecret, ttl: FLOW_SECONDS }).catch(() => undefined);
  if (flow?.purpose !== undefined && flow.purpose !== 'sign-in' && flow.purpose !== 'collector') return undefined;
  return flow?.portalId && flow.state && flow.codeVerifier && flow.redirectUri && flow.returnTo ? (flow as Flow) : undefined;
}

/**
 * GET /api/session/oauth/callback?code&state (or ?error): the portal's redirect back. Checks the
 * state against this browser's flow, exchanges the code once (with the verifier), checks the
 * account may manage licenses, keeps the session and goes back to the page the admin came from,
 * on that portal. Every refusal ends on the sign-in page with the reason in words.
 */
export async function finishOAuth(request: NextRequest): Promise<NextResponse> {
  const flow = await readFlow();
  const portal = (flow && portalEntry(flow.portalId)) ?? (await currentPortal());
  const returnTo = flow?.returnTo ?? '/';
  const purpose = flow?.purpose ?? 'sign-in';
  const client = clientOf(portal, flow?.redirectUri ?? redirectUriOf(request));
  if (!client) return problemRedirect(request, portal, `Sign-in with ${portal.name} (OAuth) is not configured.`, returnTo, purpose);
  const answer = readAuthorizationResponse(portal.url, client.clientId, new URL(request.url), flow?.state);
  if ('problem' in answer) return problemRedirect(request, portal, answer.problem.words, returnTo, purpose);
  // readAuthorizationResponse found the state, so the flow exists.
  const { codeVerifier } = flow as Flow;
  if (purpose === 'collector') return finishCollectorFlow(request, portal, client, { code: answer.code, codeVerifier });

  const at = Date.now();
  const began = performance.now();
  let tokens;
  try {
    tokens = await exchangeCode(portal.url, client, { code: answer.code, codeVerifier }, getConfig().timeoutMs);
  } catch (error) {
    await recordSessionEvent(appStore, {
      action: 'sign-in',
      username: '(unknown: the portal refused the code)',
      portalUrl: portal.url,
      method: 'oauth',
      at,
      durationMs: performance.now() - began,
      result: auditResultOf(error),
    });
    const words = error instanceof ArcGISError ? describeProblem(error, portal.url).body.error.message : 'The portal could not be asked for a token.';
    return problemRedirect(request, portal, `The portal refused the sign-in: ${words} Start again.`, returnTo);
  }
  try {
    await completeSignIn({
      portal,
      method: 'oauth',
      token: tokens.accessToken,
      tokenExpires: tokens.accessExpires,
      username: tokens.username,
      referer: `${dashboardOrigin(request)}/`,
      secure: isHttpsRequest(request.url, request.headers),
      oauth: { refreshToken: tokens.refreshToken, refreshExpires: tokens.refreshExpires, redirectUri: client.redirectUri },
      at,
      began,
    });
  } catch (error) {
    const words = error instanceof ApiError ? error.message : describeProblem(error, portal.url).body.error.message;
    return problemRedirect(request, portal, words, returnTo);
  }
  return NextResponse.redirect(new URL(pathOnPortal(returnTo, portal.id), dashboardOrigin(request)), 303);
}

/**
 * The end of a collector flow: the code exchanged once, and the tokens kept as the collector's grant
 * (lendCollector) if the admin who started it is still signed in to the portal; then back to
 * /portals, where the portal's first collection is under way. Every refusal ends on /portals in words.
 */
async function finishCollectorFlow(
  request: NextRequest,
  portal: PortalEntry,
  client: OAuthClient,
  grant: { code: string; codeVerifier: string },
): Promise<NextResponse> {
  const fail = (words: string) => problemRedirect(request, portal, words, PAGES.portals.path, 'collector');
  const session = await readSession(portal);
  if (!session) return fail(`Sign in to ${portal.name} first: only a signed-in admin can let the collector sign in.`);
  if (!takesCollectorGrant(portal)) return fail(`Sign-in with ${portal.name} (OAuth) is not configured.`);
  try {
    const tokens = await exchangeCode(portal.url, client, grant, getConfig().timeoutMs);
    await lendCollector({ portal, session, tokens, redirectUri: client.redirectUri });
  } catch (error) {
    // The dashboard's own refusal already names the portal and the account.
    if (error instanceof ApiError) return fail(error.message);
    return fail(`The collector could not be lent a sign-in to ${portal.name}: ${describeProblem(error, portal.url).body.error.message}`);
  }
  after(() => collectNow(portal.id));
  return NextResponse.redirect(new URL(`${PAGES.portals.path}#portal-${portal.id}`, dashboardOrigin(request)), 303);
}

/**
 * GET /api/session/refresh?portal=<id>&next=<path>: renews a portal's OAuth tokens where the cookie
 * can be rewritten (a page cannot), then back to the page; to sign in when they cannot be renewed.
 */
export async function refreshAndReturn(request: NextRequest): Promise<NextResponse> {
  const params = request.nextUrl.searchParams;
  const portal = portalEntry(params.get('portal') ?? '') ?? (await currentPortal());
  const returnTo = safeReturnPath(params.get('next') ?? undefined);
  const found = await readSession(portal);
  const back = new URL(pathOnPortal(returnTo, portal.id), dashboardOrigin(request));
  if (!found) return NextResponse.redirect(new URL(signInPath(undefined, returnTo, portalParamOf(portal.id)), dashboardOrigin(request)), 303);
  const plan = sessionPlan(found, Date.now());
  if (plan === 'current') return NextResponse.redirect(back, 303);
  let session;
  try {
    session = await freshSession(found);
  } catch (error) {
    return problemRedirect(request, portal, describeProblem(error, portal.url).body.error.message, returnTo);
  }
  if (isTokenExpired(session))
    return NextResponse.redirect(new URL(signInPath('expired', returnTo, portalParamOf(portal.id)), dashboardOrigin(request)), 303);
  return NextResponse.redirect(back, 303);
}
