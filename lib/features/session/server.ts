import 'server-only';
import { ArcGISError } from '../../arcgis/errors';
import { readPortalProfile } from '../../arcgis/profile';
import { generateToken } from '../../arcgis/sign-in';
import { getConfig } from '../../config';
import { servePublic } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { isHttpsRequest } from '../../http/origin';
import { CLIENT_POLICY, clientKey, signInThrottle, USERNAME_POLICY, usernameKey } from '../../http/sign-in-throttle';
import { sharedSignInThrottle } from '../../http/sign-in-throttle-shared';
import { throttledSignInWords } from '../../http/sign-in-throttle-words';
import { portalRefOf } from '../../licensing/snapshot';
import { clearSession, readSession, writeSession } from '../../session';
import { appStore } from '../../store/app-store';
import { auditResultOf } from '../audit/outcome';
import { recordSessionEvent } from '../audit/session-events';
import { signInEndpoint, signOutEndpoint } from './contract';

// Counters are kept per configured portal URL: a sign-in is throttled before its organization is known.
const throttle = sharedSignInThrottle(appStore, () => portalRefOf(getConfig().portalUrl, {}), signInThrottle);

/**
 * Sign in: a portal token for these credentials and the portal's profile, kept server-side in the session cookie.
 * The attempt is recorded in the audit log (never the password) once its outcome is known.
 */
export const signIn = servePublic(signInEndpoint, async ({ request, input: credentials }) => {
  const config = getConfig();
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
  const event = { action: 'sign-in' as const, username: credentials.username, portalUrl: config.portalUrl, at };
  const issued = await generateToken(config.portalUrl, credentials, referer, config.timeoutMs).catch(async (error: unknown) => {
    // Only the portal refusing the credentials counts as a failure; an unreachable portal does not.
    if (error instanceof ArcGISError && error.kind === 'portal') await throttle.failed(throttleKeys);
    await recordSessionEvent(appStore, { ...event, durationMs: performance.now() - began, result: auditResultOf(error) });
    throw error;
  });
  await throttle.succeeded(throttleKeys);
  const connection = { portalUrl: config.portalUrl, token: issued.token, referer, timeoutMs: config.timeoutMs };
  const profile = await readPortalProfile(connection, config.orgId);
  await recordSessionEvent(appStore, {
    ...event,
    profile,
    durationMs: performance.now() - began,
    result: { outcome: 'success', portalMessages: [] },
  });
  await writeSession(
    { token: issued.token, tokenExpires: issued.expires, username: credentials.username, portalUrl: config.portalUrl, referer, profile },
    { secure: isHttpsRequest(request.url, request.headers) },
  );
  return { username: credentials.username, kind: profile.kind };
});

/** Sign out, recorded in the audit log. Works with an expired token too: that is when people most want to leave. */
export const signOut = servePublic(signOutEndpoint, async () => {
  const session = await readSession();
  if (!session) throw new ApiError('unauthorized', 'You are not signed in.');
  await clearSession();
  await recordSessionEvent(appStore, {
    action: 'sign-out',
    username: session.username,
    portalUrl: session.portalUrl,
    profile: session.profile,
    at: Date.now(),
    durationMs: 0,
    result: { outcome: 'success', portalMessages: [] },
  });
  return { signedOut: true as const };
});
