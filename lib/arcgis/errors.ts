/**
 * Every way an ArcGIS call can fail, as one error type:
 * - portal: the portal answered with an error body (sharing or admin shape), usually with HTTP 200;
 * - unreachable: no answer at all (connection refused, unknown host, untrusted certificate, timeout);
 * - http: an HTTP error status without an ArcGIS error body (a web adaptor's or proxy's HTML page);
 * - invalid-response: an answer that is not JSON or not the shape the dashboard relies on; when it
 *   is a page, text or nothing at all (`page` set), something in front of the portal answered for it.
 * Messages and URLs never carry the token.
 */
export type ArcGISErrorKind = 'portal' | 'unreachable' | 'http' | 'invalid-response';

export type UnreachableCause = 'connection-refused' | 'name-not-found' | 'certificate-not-trusted' | 'timed-out' | 'connection-reset' | 'network';

export const UNREACHABLE_CAUSE_TEXT: Record<UnreachableCause, string> = {
  'connection-refused': 'connection refused',
  'name-not-found': 'host name not found',
  'certificate-not-trusted': 'certificate not trusted',
  'timed-out': 'timed out',
  'connection-reset': 'connection reset',
  network: 'network error',
};

/**
 * A successful HTTP status with a body that is not JSON: a web adaptor's "Could not access any
 * Portal machines" page during a restart, a proxy's sign-in page, plain text, or nothing.
 */
export interface NonJsonAnswer {
  /** The Content-Type header as sent, when there was one. */
  contentType?: string;
  /** The page's title or first visible text, or the text itself (lib/arcgis/page-words.ts); '' when empty. */
  words: string;
}

export interface ArcGISErrorInit {
  kind: ArcGISErrorKind;
  url: string;
  messages: string[];
  code?: number;
  httpStatus?: number;
  cause?: UnreachableCause;
  /** For invalid-response: the path of the field that failed validation, e.g. "userTypes[2].expiration". */
  field?: string;
  /** For invalid-response: what came instead of JSON, when it was not broken JSON. */
  page?: NonJsonAnswer;
  /** For a 498/499: the portal still accepts the token on another call, so signing in again would not help. */
  tokenAcceptedElsewhere?: boolean;
}

export class ArcGISError extends Error {
  readonly kind: ArcGISErrorKind;
  readonly url: string;
  readonly messages: string[];
  readonly code?: number;
  readonly httpStatus?: number;
  readonly unreachableCause?: UnreachableCause;
  readonly field?: string;
  readonly page?: NonJsonAnswer;
  readonly tokenAcceptedElsewhere: boolean;

  constructor(init: ArcGISErrorInit) {
    super(init.messages[0] ?? 'ArcGIS request failed');
    this.name = 'ArcGISError';
    this.kind = init.kind;
    this.url = init.url;
    this.messages = init.messages;
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.unreachableCause = init.cause;
    this.field = init.field;
    this.page = init.page;
    this.tokenAcceptedElsewhere = init.tokenAcceptedElsewhere ?? false;
  }

  /** 498 (invalid or expired token) or 499 (token required), whatever the cause. */
  get isTokenRefusal(): boolean {
    return this.kind === 'portal' && (this.code === 498 || this.code === 499);
  }

  /**
   * A token refusal that signing in again can cure: the token no longer works anywhere. A token the
   * portal still accepts elsewhere (see tokenAcceptedElsewhere) is not one: a new token would be
   * refused the same way, and sending the admin to sign in would loop.
   */
  get isAuthError(): boolean {
    return this.isTokenRefusal && !this.tokenAcceptedElsewhere;
  }
}
