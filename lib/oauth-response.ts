import * as oauth from 'oauth4webapi';

// The browser-facing half of ArcGIS OAuth that is the same for every OAuth server: the PKCE pair and
// state (RFC 7636, RFC 6749 §10.12), and reading the redirect back. From oauth4webapi (panva's, the
// code Auth.js relies on) rather than our own crypto. No I/O: the session code keeps the secrets.

/** A new PKCE pair: a 43-character base64url verifier (32 random bytes) and its S256 challenge, and a new `state`. */
export async function newAuthorizationRequest(): Promise<{ state: string; codeVerifier: string; codeChallenge: string }> {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  return { state: oauth.generateRandomState(), codeVerifier, codeChallenge: await oauth.calculatePKCECodeChallenge(codeVerifier) };
}

/** Why a redirect back from the portal is not a sign-in, in words for the sign-in page. */
export type AuthorizationProblem =
  | { kind: 'denied'; words: string }
  | { kind: 'portal-error'; words: string }
  | { kind: 'stale-state'; words: string }
  | { kind: 'no-code'; words: string };

/**
 * The code of the portal's redirect to the callback (`?code=…&state=…`), checked against the
 * `state` this browser was sent with; or the problem: the admin cancelled (`error=access_denied`),
 * the portal refused (`error`, `error_description`), the state is not the one expected (another
 * tab, an old link, or a forged redirect) or there is no code.
 */
export function readAuthorizationResponse(
  portalUrl: string,
  clientId: string,
  callback: URL,
  expectedState: string | undefined,
): { code: string } | { problem: AuthorizationProblem } {
  if (!expectedState) return { problem: { kind: 'stale-state', words: STALE_WORDS } };
  try {
    const params = oauth.validateAuthResponse({ issuer: portalUrl }, { client_id: clientId }, callback, expectedState);
    const code = params.get('code');
    return code ? { code } : { problem: { kind: 'no-code', words: 'The portal came back without an authorization code. Start again.' } };
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      if (error.error === 'access_denied') return { problem: { kind: 'denied', words: 'Sign-in was cancelled at the portal; nothing was changed.' } };
      return { problem: { kind: 'portal-error', words: `The portal refused the sign-in: ${error.error_description ?? error.error}.` } };
    }
    return { problem: { kind: 'stale-state', words: STALE_WORDS } };
  }
}

const STALE_WORDS =
  'This sign-in cannot be completed: it was started in another tab, more than 10 minutes ago, or not by this browser. Start again from this page.';
