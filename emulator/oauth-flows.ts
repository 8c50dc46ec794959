import { createHash, randomBytes } from 'node:crypto';

// The authorization-code flow between oauth2/authorize and oauth2/token: sign-ins in progress (the
// sign-in page's oauth_state) and the codes they end with. One per deployment; not kept across a reset.

/** A code is good for one exchange within 10 minutes (ArcGIS's own lifetime is unknown: research §9, assumed). */
const CODE_MS = 10 * 60_000;
/** How long a sign-in page stays usable (ours). */
const SIGN_IN_MS = 30 * 60_000;

/** REFRESH token lifetime asked for by `expiration`, in minutes: default 2 weeks, at most 90 days (research §1, §2). */
export const DEFAULT_EXPIRATION_MINUTES = 20_160;
export const MAX_EXPIRATION_MINUTES = 129_600;

export interface CodeChallenge {
  value: string;
  method: 'S256' | 'plain';
}

/** What oauth2/authorize was asked, as the code carries it to the token step. */
export interface AuthorizeRequest {
  clientId: string;
  /** Exactly as sent: the token step must send the same string. */
  redirectUri: string;
  state: string | undefined;
  /** Absent without PKCE (or on a portal before 10.8.1, which ignores it). */
  challenge: CodeChallenge | undefined;
  expirationMinutes: number;
}

export interface IssuedCode {
  request: AuthorizeRequest;
  username: string;
}

const opaque = () => randomBytes(24).toString('base64url');

export class OAuthFlows {
  private readonly signIns = new Map<string, { request: AuthorizeRequest; expires: number }>();
  private readonly codes = new Map<string, IssuedCode & { expires: number }>();

  /** A sign-in page for `request`; returns its oauth_state. */
  begin(request: AuthorizeRequest, now: number): string {
    const oauthState = opaque();
    this.signIns.set(oauthState, { request, expires: now + SIGN_IN_MS });
    return oauthState;
  }

  /** The request of a sign-in still in progress. */
  signIn(oauthState: string, now: number): AuthorizeRequest | undefined {
    const signIn = this.signIns.get(oauthState);
    return signIn && signIn.expires > now ? signIn.request : undefined;
  }

  /** The sign-in is over (signed in or cancelled): its page can no longer be posted. */
  end(oauthState: string): void {
    this.signIns.delete(oauthState);
  }

  issueCode(request: AuthorizeRequest, username: string, now: number): string {
    const code = opaque();
    this.codes.set(code, { request, username, expires: now + CODE_MS });
    return code;
  }

  /** The code's grant, if it is live; any exchange that names a code uses it up, successful or not (RFC 6749 §4.1.2). */
  takeCode(code: string, now: number): IssuedCode | undefined {
    const issued = this.codes.get(code);
    this.codes.delete(code);
    return issued && issued.expires > now ? { request: issued.request, username: issued.username } : undefined;
  }
}

/** RFC 7636 §4.6: S256 compares BASE64URL(SHA256(verifier)), plain the verifier itself. */
export function verifierMatches(challenge: CodeChallenge, verifier: string | undefined): boolean {
  if (!verifier) return false;
  const computed = challenge.method === 'S256' ? createHash('sha256').update(verifier, 'ascii').digest('base64url') : verifier;
  return computed === challenge.value;
}
