import type { ServerResponse } from 'node:http';
import { authenticate } from './authenticate';
import { directoryPage, sendArcGISError, sendJson, type ParsedRequest } from './http';
import { EmulatorError, type Deployment, type EmulatorRuntime, type Route } from './router';
import { canonicalPath } from './profiles/routing';
import { routes } from './routes';

const JSON_FORMATS = new Set(['json', 'pjson']);

/**
 * The first route (routes/index.ts) that this deployment's kind and version serve at `path` (spelled
 * as the version spells it), with its pattern's captures.
 */
export function findRoute(deployment: Deployment, path: string): { route: Route; captures: RegExpExecArray } | undefined {
  const routePath = canonicalPath(deployment.traits, path);
  for (const route of routes) {
    if (!route.kinds.includes(deployment.kind)) continue;
    if (route.when && !route.when(deployment.traits)) continue;
    const captures = route.pattern.exec(routePath);
    if (captures) return { route, captures };
  }
  return undefined;
}

/**
 * Runs a route as the portal would: method check, token rules, the handler, then its answer as
 * JSON (f=json|pjson) or as the HTML directory page. An EmulatorError becomes the ArcGIS error in
 * the route's shape (HTTP 200); anything else is rethrown to the portal handler.
 */
export async function dispatch(
  runtime: EmulatorRuntime,
  route: Route,
  match: RegExpExecArray,
  deployment: Deployment,
  req: ParsedRequest,
  res: ServerResponse,
): Promise<void> {
  const wantsJson = JSON_FORMATS.has(req.param('f') ?? 'html');
  try {
    if (route.method !== 'GET_POST' && route.method !== req.method) {
      throw new EmulatorError(405, `Method ${req.method} is not supported by this operation; use ${route.method}.`);
    }
    const username = authenticate(route, deployment, req, runtime.now());
    const body = await route.handle({ req, res, deployment, runtime, username, match });
    if (res.headersSent) return;
    if (wantsJson) sendJson(res, body);
    else directoryPage(res, route.title, body);
  } catch (error) {
    if (!(error instanceof EmulatorError)) throw error;
    sendArcGISError(res, route.api, error.code, error.message, error.details);
  }
}
