import { detectDeployment } from '@/lib/arcgis/deployment';
import { ArcGISError } from '@/lib/arcgis/errors';
import { generateToken } from '@/lib/arcgis/sign-in';
import { getConfig } from '@/lib/config';
import { ApiError } from '@/lib/http/api-error';
import { parseJsonBody } from '@/lib/http/body';
import { isHttpsRequest } from '@/lib/http/origin';
import { json, publicRoute } from '@/lib/http/route';
import { CLIENT_POLICY, clientKey, signInThrottle, USERNAME_POLICY, usernameKey } from '@/lib/http/sign-in-throttle';
import { SignInSchema } from '@/lib/schemas/sign-in';
import { clearSession, readSession, writeSession } from '@/lib/session';

/** Sign in: a portal token for these credentials, kept server-side in the encrypted session cookie. */
export const POST = publicRoute(async (request) => {
  const credentials = await parseJsonBody(request, SignInSchema);
  const config = getConfig();
  const throttleKeys = [
    [clientKey(request.headers), CLIENT_POLICY],
    [usernameKey(credentials.username), USERNAME_POLICY],
  ] as const;
  const waitMs = signInThrottle.waitFor(throttleKeys);
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw new ApiError('rate_limited', `Too many failed sign-ins. Wait ${seconds} seconds before trying again.`, {
      hint: 'The dashboard slows repeated failures so that it cannot be used to lock portal accounts out.',
      retryAfterSeconds: seconds,
    });
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
  const deployment = await detectDeployment(connection, config.orgId);
  await writeSession(
    {
      token: issued.token,
      tokenExpires: issued.expires,
      username: credentials.username,
      portalUrl: config.portalUrl,
      referer,
      deployment,
    },
    { secure: isHttpsRequest(request.url, request.headers) },
  );
  return json({ username: credentials.username, kind: deployment.kind });
});

/** Sign out. Works with an expired token too: that is when people most want to leave. */
export const DELETE = publicRoute(async () => {
  if (!(await readSession())) throw new ApiError('unauthorized', 'You are not signed in.');
  await clearSession();
  return json({ signedOut: true });
});
