import { randomBytes } from 'node:crypto';

export interface IssuedToken {
  token: string;
  expires: number;
  username: string;
  referer?: string;
}

export type TokenCheck = { ok: true; username: string } | { ok: false; code: 498 | 499 };

/** Portal tokens: opaque random strings, each bound to its user, expiry and (client=referer) Referer. */
export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

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
    const issued: IssuedToken = {
      token: randomBytes(48).toString('base64url'),
      expires: now + Math.round(minutes * 60_000),
      username,
      referer,
    };
    this.tokens.set(issued.token, issued);
    this.history.add(issued.token);
    return issued;
  }

  check(token: string | undefined, referer: string | undefined, now = Date.now()): TokenCheck {
    if (!token) return { ok: false, code: 499 };
    const issued = this.tokens.get(token);
    if (!issued || issued.expires <= now) return { ok: false, code: 498 };
    // A client=referer token is only good with the Referer it was issued for.
    if (issued.referer && issued.referer !== referer) return { ok: false, code: 498 };
    return { ok: true, username: issued.username };
  }

  /** Every token stops working now, as when the portal restarts or an admin revokes sessions. */
  expireAll(): void {
    this.tokens.clear();
  }

  /** Every live token, for tests that prove no token reached the browser. */
  list(): string[] {
    return [...this.tokens.keys()];
  }

  count(): number {
    return this.tokens.size;
  }
}
