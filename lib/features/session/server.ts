import 'server-only';
import { after } from 'next/server';
import { readAccount } from '../../arcgis/account';
import { ArcGISError } from '../../arcgis/errors';
import { readPortalProfile } from '../../arcgis/profile';
import { revokeToken } from '../../arcgis/oauth';
import { generateToken } from '../../arcgis/sign-in';
import { getConfig } from '../../config';
import { servePublic } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { isHttpsRequest } from '../../http/origin';
import { CLIENT_POLICY, clientKey, signInThrottle, USERNAME_POLICY, usernameKey } from '../../http/sign-in-throttle';
import { sharedSignInThrottle } from '../../http/sign-in-throttle-shared';
import { throttledSignInWords } from '../../http/sign-in-throttle-words';
import { mayManageLicenses, noLicensePrivilegeWords } from '../../licensing/license-privileges';
import { portalRefOf } from '../../licensing/snapshot';
import type { PortalEntry, SignInMethod } from '../../portal-list';
import { clearSession, currentPortal, portalEntry, readSession, writeSession, type NewSession, type PortalSession } from '../../session';
import { appStore } from '../../store/app-store';
import { auditResultOf } from '../audit/outcome';
import { recordSessionEvent } from '../audit/session-events';
import { signInEndpoint, signOutEndpoint } from './contract';

// Counters are kept per portal URL: a sign-in is throttled before its organization is known.
const throttles = new Map<string, ReturnType<typeof sharedSignInThrottle>>();
function throttleOf(portal: PortalEntry) {
  let throttle = throttles.get(portal.url);
  if (!throttle) {
    throttle = sharedSignInThrottle(appStore, () => portalRefOf(portal.url, {}), signInThrottle);
    throttles.set(portal.url, throttle);
  }
  return throttle;
}

/** A portal token in hand, however it was obtained; what every sign-in does next. */
export interface IssuedSession {
  portal: PortalEntry;
  method: SignInMethod;
  token: string;
  /** Epoch milliseconds. */
  tokenExpires: number;
  username: string;
  referer: string;
  secure: boolean;
  oauth?: Pick<NewSession, 'refreshToken' | 'refreshExpires' | 'redirectUri'>;
  /** When the sign-in began (epoch ms) and its monotonic start, for the audit entry. */
  at: number;
  began: number;
}

/**
 * Revokes an OAuth refresh token at the portal (its access tokens end with it), after the answer and
 * once: a signed-out session's, or one the portal issued for a refused sign-in, which the dashboard
 * will not keep and should not leave valid for weeks. A failure is logged, naming `whose`.
 */
export function revokeAfterAnswer(portalUrl: string, clientId: string, refreshToken: string, whose: string): void {
  after(() =>
    revokeToken(portalUrl, clientId, refreshToken, getConfig().timeoutMs).catch((error: unknown) => {
      console.error(
        `[session] ${portalUrl}: the refresh token of ${whose} was not revoked: ${error instanceof Error ? error.message : String(error)}`,
      );
    }),
  );
}

/**
 * Checks the account may manage licenses (community/self), reads the portal's profile, records the
 * sign-in (with how it was made) and keeps the session. Throws ApiError portal_forbidden, in words,
 * for an account without the privilege (recorded as a failed sign-in; no session kept), or
 * ArcGISError when the portal cannot be read.
 */
export async function completeSignIn(issued: IssuedSession): Promise<PortalSession> {
  const { portal, method, at, began } = issued;
  const connection = { portalUrl: portal.url, token: issued.token, referer: issued.referer, timeoutMs: getConfig().timeoutMs };
  const event = { action: 'sign-in' as const, username: issued.username, portalUrl: portal.url, at, method };
  try {
    const account = await readAccount(connection);
    if (!mayManageLicenses(account)) {
      if (issued.oauth?.refreshToken && portal.clientId)
        revokeAfterAnswer(portal.url, portal.clientId, issued.oauth.refreshToken, `the refused sign-in of ${issued.username}`);
      throw new ApiError('portal_forbidden', noLicensePrivilegeWords(account, portal.name));
    }
    const profile = await readPortalProfile(connection, portal.orgId);
    await recordSessionEvent(appStore, {
      ...event,
      profile,
      durationMs: performance.now() - began,
      result: { outcome: 'success', portalMessages: [] },
    });
    return await writeSession({
      portalId: portal.id,
      token: issued.token,
      tokenExpires: issued.tokenExpires,
      username: issued.username,
      portalUrl: portal.url,
      referer: issued.referer,
      signInMethod: method,
      secure: issued.secure,
      profile,
      ...issued.oauth,
    });
  } catch (error) {
    await recordSessionEvent(appStore, { ...event, durationMs: performance.now() - began, result: auditResultOf(error) });
    throw error;
  }
}

/**
 * Sign in with a built-in account: a portal token for these credentials (generateToken), kept
 * server-side in the portal's session cookie. Refused when the portal's list turns password sign-in
 * off. The attempt is recorded in the audit log (never the password) once its outcome is known.
 */
export const signIn = servePublic(signInEndpoint, async ({ request, input: credentials }) => {
  const config = getConfig();
  const portal = await currentPortal();
  if (!portal.signIn.includes('password')) {
    throw new ApiError(
      'not_supported',
      `Username and password sign-in is turned off for ${portal.name}: sign in with ${portal.name} (OAuth) instead.`,
    );
  }
  const throttle = throttleOf(portal);
  const throttleKeys = [
    [clientKey(request.headers), CLIENT_POLICY],
    [usernameKey(credentials.username), USERNAME_POLICY],
  ] as const;
  const wait = await throttle.longestWait(throttleKeys);
  if (wait) {
    const { message, hint } = throttledSignInWords(wait.scope, wait.ms, Date.now());
    throw new ApiError('rate_limited', message, { hint, retryAfterSeconds: Math.ceil(wait.ms / 1000) });
  }
  // The Origin passed the same-origin check: the dashboard's own address, which the token is bound to.
  const referer = `${request.headers.get('origin')}/`;
  const at = Date.now();
  const began = performance.now();
  const issued = await generateToken(portal.url, credentials, referer, config.timeoutMs).catch(async (error: unknown) => {
    // Only the portal refusing the credentials counts as a failure; an unreachable portal does not.
    if (error instanceof ArcGISError && error.kind === 'portal') await throttle.failed(throttleKeys);
    await recordSessionEvent(appStore, {
      action: 'sign-in',
      username: credentials.username,
      portalUrl: portal.url,
      method: 'password',
      at,
      durationMs: performance.now() - began,
      result: auditResultOf(error),
    });
    throw error;
  });
  await throttle.succeeded(throttleKeys);
  const session = await completeSignIn({
    portal,
    method: 'password',
    token: issued.token,
    tokenExpires: issued.expires,
    username: credentials.username,
    referer,
    secure: isHttpsRequest(request.url, request.headers),
    at,
    began,
  });
  return { username: session.username, kind: session.profile.kind, portal: portal.id };
});

/**
 * Sign out of the current portal (the others stay), recorded in the audit log. Works with an expired
 * token too: that is when people most want to leave. An OAuth session's refresh token is then revoked
 * at the portal (after the answer, once; a failure is logged), so it ends with the session rather
 * than weeks later.
 */
export const signOut = servePublic(signOutEndpoint, async () => {
  const session = await readSession();
  if (!session) throw new ApiError('unauthorized', 'You are not signed in.');
  await clearSession(session.portalId);
  const clientId = portalEntry(session.portalId)?.clientId;
  const { refreshToken } = session;
  if (refreshToken && clientId) revokeAfterAnswer(session.portalUrl, clientId, refreshToken, session.username);
  await recordSessionEvent(appStore, {
    action: 'sign-out',
    username: session.username,
    portalUrl: session.portalUrl,
    method: session.signInMethod,
    profile: session.profile,
    at: Date.now(),
    durationMs: 0,
    result: { outcome: 'success', portalMessages: [] },
  });
  return { signedOut: true as const };
});
