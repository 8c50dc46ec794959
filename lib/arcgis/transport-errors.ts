import { ArcGISError, type UnreachableCause } from './errors';
import { MAX_RESPONSE_BYTES } from './transport';

// Node's and undici's error codes, read from the error or the causes it wraps.

const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const RESET_CODES = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);
const TOO_LARGE_CODE = 'UND_ERR_RES_EXCEEDED_MAX_SIZE';

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  return 'cause' in error ? errorCode(error.cause) : undefined;
}

/** Why no usable answer came: the call's own timeout or abort, then the error's code. */
export function unreachableCause(error: unknown): UnreachableCause {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return 'timed-out';
  const code = errorCode(error);
  if (code === 'ECONNREFUSED') return 'connection-refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'name-not-found';
  if (code && CERTIFICATE_CODES.has(code)) return 'certificate-not-trusted';
  if (code && TIMEOUT_CODES.has(code)) return 'timed-out';
  if (code && RESET_CODES.has(code)) return 'connection-reset';
  return 'network';
}

/**
 * The ArcGIS error for a call that failed in transport: an answer over MAX_RESPONSE_BYTES is an
 * invalid response; anything else means the portal at `url`'s origin was not reached. `safeUrl`
 * is the redacted URL the error carries.
 */
export function transportFailure(error: unknown, url: string, safeUrl: string): ArcGISError {
  if (errorCode(error) === TOO_LARGE_CODE) {
    return new ArcGISError({
      kind: 'invalid-response',
      url: safeUrl,
      messages: [`The answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB.`],
    });
  }
  const cause = unreachableCause(error);
  return new ArcGISError({
    kind: 'unreachable',
    url: safeUrl,
    cause,
    messages: [`Cannot reach ${new URL(url).origin}: ${cause.replace(/-/g, ' ')}.`],
  });
}
