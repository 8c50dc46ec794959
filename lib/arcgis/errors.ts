/**
 * Every way an ArcGIS call can fail, as one error type:
 * - portal: the portal answered with an error body (sharing or admin shape), usually with HTTP 200;
 * - unreachable: no answer at all (connection refused, unknown host, untrusted certificate, timeout);
 * - http: an HTTP error status without an ArcGIS error body (a web adaptor's or proxy's HTML page);
 * - invalid-response: an answer that is not JSON or not the shape the dashboard relies on.
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

export interface ArcGISErrorInit {
  kind: ArcGISErrorKind;
  url: string;
  messages: string[];
  code?: number;
  httpStatus?: number;
  cause?: UnreachableCause;
  /** For invalid-response: the path of the field that failed validation, e.g. "userTypes[2].expiration". */
  field?: string;
}

export class ArcGISError extends Error {
  readonly kind: ArcGISErrorKind;
  readonly url: string;
  readonly messages: string[];
  readonly code?: number;
  readonly httpStatus?: number;
  readonly unreachableCause?: UnreachableCause;
  readonly field?: string;

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
  }

  /** 498 (invalid or expired token) and 499 (token required): the session must sign in again. */
  get isAuthError(): boolean {
    return this.kind === 'portal' && (this.code === 498 || this.code === 499);
  }
}
