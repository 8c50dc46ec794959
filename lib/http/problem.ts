import 'server-only';
import { ZodError } from 'zod';
import { ArcGISError, UNREACHABLE_CAUSE_TEXT, type UnreachableCause } from '../arcgis/errors';
import { ConfigError } from '../config';
import { StoreUnavailableError } from '../store/errors';
import type { ApiErrorBody, ApiErrorCode } from '../schemas/api-error';
import { describeSchemaError } from '../schemas/describe-issue';
import { ApiError } from './api-error';

// The compiler makes every code map to a status: adding a code without one does not build.
const STATUS_OF_CODE: Record<ApiErrorCode, number> = {
  unauthorized: 401,
  session_expired: 401,
  bad_origin: 403,
  invalid_input: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  not_supported: 409,
  rate_limited: 429,
  portal_rejected: 422,
  portal_forbidden: 403,
  // Not 401: the browser sends a 401 to sign in, and a new token would be refused the same way.
  portal_token_refused: 403,
  portal_error: 502,
  portal_not_answering: 503,
  portal_unreachable: 502,
  portal_timeout: 504,
  portal_bad_response: 502,
  // The dashboard's own store (history, audit log), not the portal.
  store_unavailable: 503,
  internal: 500,
};

const UNREACHABLE_HINTS: Record<UnreachableCause, string> = {
  'connection-refused':
    'Nothing accepted the connection. Is the portal (and its web adaptor) running, and is its URL (ARCGIS_PORTAL_URL or ARCGIS_PORTALS) right?',
  'name-not-found':
    "The host name does not resolve from the dashboard's server. Check the portal's URL (ARCGIS_PORTAL_URL or ARCGIS_PORTALS) and DNS.",
  'certificate-not-trusted':
    "The portal's certificate is not signed by a CA this server trusts. For an internal CA, start the dashboard with NODE_EXTRA_CA_CERTS=/path/to/ca.pem.",
  'timed-out': 'The portal did not answer in time. It may be overloaded or restarting; try again in a minute.',
  'connection-reset': 'The connection was dropped. A proxy or the portal may be restarting; try again in a minute.',
  network: 'Check the network path from the dashboard server to the portal.',
};

export interface Problem {
  status: number;
  body: ApiErrorBody;
}

function problem(code: ApiErrorCode, message: string, extra: { field?: string; details?: string[]; hint?: string } = {}): Problem {
  const error: ApiErrorBody['error'] = { code, message };
  if (extra.field) error.field = extra.field;
  if (extra.details && extra.details.length > 0) error.details = extra.details;
  if (extra.hint) error.hint = extra.hint;
  return { status: STATUS_OF_CODE[code], body: { error } };
}

const TOKEN_REFUSED_HINT =
  'The portal still accepts this session’s token on other calls, so signing in again would not help. A web adaptor or proxy in front of this part of the portal may drop the token or the Referer header, or the portal may limit this operation; its log names the cause.';

const NOT_ANSWERING_HINT =
  'The portal may be restarting (after a License Manager update, for example) or down behind its web adaptor, or a proxy in front of it answered with its own page (a sign-in page, for example). Try again in a minute; if it persists, open the portal’s URL in a browser to see that page.';

function notAnswering(error: ArcGISError, portalUrl: string): Problem {
  const page = error.page;
  const what = !page?.words
    ? 'an empty answer'
    : /html|xml/i.test(page.contentType ?? '') || page.contentType === undefined
      ? `a page saying "${page.words}"`
      : `text saying "${page.words}"`;
  return problem(
    'portal_not_answering',
    `The portal at ${portalUrl} is not answering through its web adaptor: it sent ${what} instead of its JSON.`,
    {
      hint: NOT_ANSWERING_HINT,
    },
  );
}

function arcgisProblem(error: ArcGISError, portalUrl: string): Problem {
  switch (error.kind) {
    case 'portal': {
      if (error.isAuthError) return problem('session_expired', 'Your portal session expired; sign in again.');
      const [first = 'The portal refused the request.', ...rest] = error.messages;
      if (error.isTokenRefusal) return problem('portal_token_refused', first, { details: rest, hint: TOKEN_REFUSED_HINT });
      if (error.code === 403) return problem('portal_forbidden', first, { details: rest });
      if (error.code !== undefined && error.code >= 500) return problem('portal_error', first, { details: rest });
      return problem('portal_rejected', first, { details: rest });
    }
    case 'unreachable': {
      const cause = error.unreachableCause ?? 'network';
      return problem(
        cause === 'timed-out' ? 'portal_timeout' : 'portal_unreachable',
        `Cannot reach the portal at ${portalUrl}: ${UNREACHABLE_CAUSE_TEXT[cause]}.`,
        { hint: UNREACHABLE_HINTS[cause] },
      );
    }
    case 'http':
      return problem('portal_error', `The portal at ${portalUrl} answered ${error.messages[0] ?? 'with an HTTP error'}.`, {
        hint:
          error.httpStatus !== undefined && error.httpStatus >= 300 && error.httpStatus < 400
            ? error.messages[0]
            : 'A web adaptor or proxy may have answered for a portal that is down or restarting; try again in a minute.',
      });
    case 'invalid-response':
      if (error.page) return notAnswering(error, portalUrl);
      // Only JSON of another shape suggests another version; broken JSON or an oversized answer does not.
      return problem('portal_bad_response', error.messages[0] ?? 'The portal answered in an unexpected shape.', {
        field: error.field,
        hint: error.field
          ? 'The dashboard may not support this portal version; the field named above is the one it could not read.'
          : 'Try again in a minute; if it persists, something between the dashboard and the portal alters its answers.',
      });
  }
}

/** Any error, as the status and body a route answers with. Unknown errors hide their message. */
export function describeProblem(error: unknown, portalUrl: string): Problem {
  if (error instanceof ApiError) {
    return problem(error.code, error.message, { field: error.field, details: error.details, hint: error.hint });
  }
  if (error instanceof ArcGISError) return arcgisProblem(error, portalUrl);
  if (error instanceof ZodError) {
    const { field, message } = describeSchemaError(error);
    return problem('invalid_input', `${field}: ${message}`, { field });
  }
  if (error instanceof ConfigError) return problem('internal', error.message);
  if (error instanceof StoreUnavailableError) {
    return problem('store_unavailable', error.message, {
      hint: 'Live license pages keep working. Check DATABASE_URL (or that the data directory is writable) and the database server; the dashboard tries again on the next request.',
    });
  }
  return problem('internal', "Something went wrong on the dashboard's server. The details are in its log.");
}
