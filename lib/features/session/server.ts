import 'server-only';
import { ArcGISError } from '../../arcgis/errors';
import { readPortalProfile } from '../../arcgis/profile';
import { generateToken } from '../../arcgis/sign-in';
import { getConfig } from '../../config';
import { servePublic } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { isHttpsRequest } from '../../http/origin';
import { CLIENT_POLICY, clientKey, signInThrottle, USERNAME_POLICY, usernameKey } from '../../http/sign-in-throttle';
import { throttledSignInWords } from '../../http/sign-in-throttle-words';
import { clearSession, readSession, writeSession } from '../../session';
import { signInEndpoint, signOutEndpoint } from './contract';

/** Sign in: a portal token for these credentials and the portal's profile, kept server-side in the session cookie. */
export const signIn = servePublic(signInEndpoint, async ({ request, input: credentials }) => {
  const config = getConfig();
  const throttleKeys = [
    [clientKey(request.headers), CLIENT_POLICY],
    [usernameKey(credentials.username), USERNAME_POLICY],
  ] as const;
  const wait = signInThrottle.longestWait(throttleKeys);
  if (wait) {
    const { message, hint } = throttledSignInWords(wait.scope, wait.ms, Date.now());
    throw new ApiError('rate_limited', message, { hint, retryAfterSeconds: Math.ceil(wait.ms / 1000) });
  }
  // The Origin passed the same-origin check: the dashboard's own address, which the token is bound to.
  const referer = `${request.headers.get('origin')}/`;
  const issued = await generateToken(config.portalUrl, credentials, referer, config.timeoutMs).catch((error: unknown) => {
    // Only the portal refusing the credentials counts as a failure; an unreachable portal does not.
    if (error instanceof ArcGISError && error.kind === 'portal') signInThrottle.failed(throttleKeys);
    throw error;
  });
  signInThrottle.succeeded(throttleKeys);
  const connection = { portalUrl: config.portalUrl, token: issued.token, referer, timeoutMs: config.timeoutMs };
  const profile = await readPortalProfile(connection, config.orgId);
  await writeSession(
    { token: issued.token, tokenExpires: issued.expires, username: credentials.username, portalUrl: config.portalUrl, referer, profile },
    { secure: isHttpsRequest(request.url, request.headers) },
  );
  return { username: credentials.username, kind: profile.kind };
});

/** Sign out. Works with an expired token too: that is when people most want to leave. */
export const signOut = servePublic(signOutEndpoint, async () => {
  if (!(await readSession())) throw new ApiError('unauthorized', 'You are not signed in.');
  await clearSession();
  return { signedOut: true as const };
});
