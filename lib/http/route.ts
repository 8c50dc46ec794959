import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { ArcGISError } from '../arcgis/errors';
import { currentPortal, requireSession, type PortalSession } from '../session';
import { ApiError } from './api-error';
import { isSameOrigin } from './origin';
import { describeProblem } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type RouteParams = Record<string, string | string[] | undefined>;
interface NextRouteContext {
  params: Promise<RouteParams>;
}

export interface PublicContext {
  params: RouteParams;
}

export interface SessionContext extends PublicContext {
  session: PortalSession;
}

/**
 * A body smaller than TCP's initial congestion window (10 segments, about 14 kB) reaches the
 * browser in one round trip whether or not it is gzipped, so compressing it only costs the server
 * time (about a millisecond per response, measured by `npm run bench`). `no-transform` tells
 * Next.js's compression to leave such a body alone; larger ones are still compressed.
 */
const UNCOMPRESSED_MAX_BYTES = 14_000;

export function json(data: unknown, init: { status?: number; headers?: HeadersInit } = {}): NextResponse {
  const body = JSON.stringify(data);
  const response = new NextResponse(body, { status: init.status ?? 200, headers: init.headers });
  response.headers.set('Content-Type', 'application/json');
  response.headers.set('Cache-Control', Buffer.byteLength(body) < UNCOMPRESSED_MAX_BYTES ? 'no-store, no-transform' : 'no-store');
  return response;
}

async function portalUrlForMessages(): Promise<string> {
  try {
    return (await currentPortal()).url;
  } catch {
    return 'the configured portal';
  }
}

const UNSURE_OUTCOME_HINT =
  'The request may have reached the portal before the connection failed, so it may have been applied. Check the result before trying again; the dashboard does not retry changes.';

async function errorResponse(error: unknown, options: { mutating?: boolean } = {}): Promise<NextResponse> {
  const { status, body } = describeProblem(error, await portalUrlForMessages());
  // A change that lost its answer may or may not have happened: say so rather than invite a blind retry.
  if (options.mutating && (body.error.code === 'portal_unreachable' || body.error.code === 'portal_timeout')) {
    const cause = error instanceof ArcGISError ? error.unreachableCause : undefined;
    if (cause === 'connection-reset' || cause === 'timed-out') body.error.hint = UNSURE_OUTCOME_HINT;
  }
  const headers = error instanceof ApiError && error.retryAfterSeconds ? { 'Retry-After': String(error.retryAfterSeconds) } : undefined;
  if (status >= 500 && body.error.code === 'internal') {
    // Only the error's name and message: request options (and so tokens) never reach the log.
    console.error(`[api] ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  return json(body, { status, headers });
}

function checkOrigin(request: NextRequest): void {
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers)) {
    throw new ApiError('bad_origin', 'This request must come from a page of the dashboard itself (Origin check failed).');
  }
}

/**
 * A route that needs no session (sign-in). Every non-GET request is Origin-checked here, so a new
 * mutating route cannot forget it; every error goes through the one mapping.
 */
export function publicRoute(handler: (request: NextRequest, context: PublicContext) => Promise<Response>) {
  return async (request: NextRequest, context: NextRouteContext): Promise<Response> => {
    try {
      checkOrigin(request);
      return await handler(request, { params: await context.params });
    } catch (error) {
      return errorResponse(error, { mutating: !SAFE_METHODS.has(request.method) });
    }
  };
}

/** A route for signed-in admins: Origin check on mutations, then the session (401 without one). */
export function sessionRoute(handler: (request: NextRequest, context: SessionContext) => Promise<Response>) {
  return publicRoute(async (request, context) => {
    const session = await requireSession();
    return handler(request, { ...context, session });
  });
}
