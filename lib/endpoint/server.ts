import 'server-only';
import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import { parseJsonBody } from '../http/body';
import { parseUploadForm } from '../http/multipart';
import { parseQuery } from '../http/query';
import { json, publicRoute, sessionRoute, type PublicContext } from '../http/route';
import type { PortalSession } from '../session';
import { queryKeyOf, type Endpoint, type InputArgs, type ServedOf } from './contract';

// The server's side of an endpoint definition: the route handler (Origin check on changes, session,
// input parsed with the endpoint's schema, the one error mapping) and the same function for a
// page's server-side prefetch, so a page and its route can never read differently.

/** The parsed input, or undefined for an endpoint without one. */
type ParsedInputOf<E extends Endpoint> = E['input'] extends z.ZodType ? z.output<E['input']> : undefined;

type RouteHandler = (request: NextRequest, context: { params: Promise<PublicContext['params']> }) => Promise<Response>;

export interface ServedEndpoint {
  /** The route handler: `export const GET = served.handle` in app/api/…/route.ts. */
  readonly handle: RouteHandler;
}

/** A read a page prefills react-query with: the key the browser's query uses, and the route's answer. */
export interface Prefilled {
  queryKey: readonly unknown[];
  data: unknown;
}

export interface SessionEndpoint<E extends Endpoint> extends ServedEndpoint {
  /**
   * What the route would answer this session, under the key the browser's query reads, for a
   * page's server-side prefetch. Throws what the route would map to an error answer.
   */
  prefill(session: PortalSession, ...input: InputArgs<E>): Promise<Prefilled>;
}

async function readInput<E extends Endpoint>(endpoint: E, request: Request): Promise<ParsedInputOf<E>> {
  const schema = endpoint.input;
  // Parsed by this endpoint's own input schema: the casts only restate the generic type.
  if (!schema) return undefined as ParsedInputOf<E>;
  if (endpoint.method === 'GET') return parseQuery(request, schema) as ParsedInputOf<E>;
  if (endpoint.upload) return (await parseUploadForm(request, schema, endpoint.upload)) as ParsedInputOf<E>;
  return (await parseJsonBody(request, schema, endpoint.maxBodyBytes)) as ParsedInputOf<E>;
}

/** An endpoint for signed-in admins (401 without a session, Origin-checked when it changes something). */
export function serve<E extends Endpoint>(
  endpoint: E,
  answer: (context: { session: PortalSession; input: ParsedInputOf<E> }) => Promise<NoInfer<ServedOf<E>>>,
): SessionEndpoint<E> {
  return {
    handle: sessionRoute(async (request, { session }) => json(await answer({ session, input: await readInput(endpoint, request) }))),
    async prefill(session, ...args) {
      const parsed = (endpoint.input ? endpoint.input.parse(args[0]) : undefined) as ParsedInputOf<E>;
      return { queryKey: queryKeyOf(endpoint, ...args), data: await answer({ session, input: parsed }) };
    },
  };
}

/** An endpoint that needs no portal session (sign-in; the restart probe), still Origin-checked on changes. */
export function servePublic<E extends Endpoint>(
  endpoint: E,
  answer: (context: { request: NextRequest; input: ParsedInputOf<E> }) => Promise<NoInfer<ServedOf<E>>>,
): ServedEndpoint {
  return {
    handle: publicRoute(async (request) => json(await answer({ request, input: await readInput(endpoint, request) }))),
  };
}
