import { randomBytes } from 'node:crypto';

export interface IssuedToken {
  token: string;
  expires: number;
  username: string;
  referer?: string;
  /** An OAuth access token: the refresh token of its grant, which takes it along when revoked or exchanged. */
  refreshToken?: string;
}

/** An OAuth refresh token: whose, for which app, until when, and the lifetime an exchange gives its successor. */
export interface RefreshGrant {
  token: string;
  username: string;
  clientId: string;
  expires: number;
  lifetimeMs: number;
}

export type TokenCheck = { ok: true; username: string } | { ok: false; code: 498 | 499 };

const newToken = () => randomBytes(48).toString('base64url');

/**
 * Portal tokens: opaque random strings, each bound to its user and expiry. generateToken's are bound
 * to a Referer with client=referer; OAuth access tokens are not, and belong to a refresh token's grant.
 * Access tokens of both kinds are accepted alike; refresh tokens only at oauth2/token.
 */
export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();

  /** `history` collects every token ever issued (across resets), for tests that look for leaks. */
  constructor(
    private maxMinutes: number,
    private readonly history: Set<string> = new Set(),
  ) {}

  setMaxMinutes(minutes: number): void {
    this.maxMinutes = minutes;
  }

  issue(username: string, requestedMinutes: number | undefined, referer: string | undefined, now = Date.now()): IssuedToken {
    const minutes = Math.min(requestedMinutes && requestedMinutes > 0 ? requestedMinutes : 60, this.maxMinutes);
    return this.keep({ token: newToken(), expires: now + Math.round(minutes * 60_000), username, referer });
  }

  /** An OAuth access token of `grant`, valid for `seconds`. */
  issueAccess(grant: RefreshGrant, seconds: number, now = Date.now()): IssuedToken {
    return this.keep({ token: newToken(), expires: now + seconds * 1000, username: grant.username, refreshToken: grant.token });
  }

  /** An OAuth refresh token for `username` signed in to app `clientId`, valid for `lifetimeMs`. */
  issueRefresh(username: string, clientId: string, lifetimeMs: number, now = Date.now()): RefreshGrant {
    const grant: RefreshGrant = { token: newToken(), username, clientId, expires: now + lifetimeMs, lifetimeMs };
    this.refreshTokens.set(grant.token, grant);
    this.history.add(grant.token);
    return grant;
  }

  /** The grant of a refresh token that has not been revoked (it may have expired: the caller says which). */
  refreshGrant(token: string): RefreshGrant | undefined {
    return this.refreshTokens.get(token);
  }

  /** An access token stops working; a refresh token too, with every access token obtained with it. */
  revoke(token: string): void {
    this.tokens.delete(token);
    if (!this.refreshTokens.delete(token)) return;
    for (const [key, issued] of this.tokens) if (issued.refreshToken === token) this.tokens.delete(key);
  }

  check(token: string | undefined, referer: string | undefined, now = Date.now()): TokenCheck {
    if (!token) return { ok: false, code: 499 };
    const issued = this.tokens.get(token);
    if (!issued || issued.expires <= now) return { ok: false, code: 498 };
    // A client=referer token is only good with the Referer it was issued for.
    if (issued.referer && issued.referer !== referer) return { ok: false, code: 498 };
    return { ok: true, username: issued.username };
  }

  /** Every token stops working now (refresh tokens too), as when the portal restarts or an admin revokes sessions. */
  expireAll(): void {
    this.tokens.clear();
    this.refreshTokens.clear();
  }

  /** Every live token, access and refresh, for tests that prove no token reached the browser. */
  list(): string[] {
    return [...this.tokens.keys(), ...this.refreshTokens.keys()];
  }

  count(): number {
    return this.tokens.size + this.refreshTokens.size;
  }

  private keep(issued: IssuedToken): IssuedToken {
    this.tokens.set(issued.token, issued);
    this.history.add(issued.token);
    return issued;
  }
}
