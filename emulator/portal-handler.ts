import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { applyFault } from './apply-fault';
import { dispatch, findRoute } from './dispatch';
import { BodyTooLargeError, notFoundPage, parseRequest, sendJson, type ParsedRequest } from './http';
import type { Emulator } from './runtime';

/**
 * One request to the portal port, in the order a real portal stack sees it: network latency, the
 * deployment from the context path (/portal, /arcgis, a federated server), the parsed request
 * (logged, secrets masked), a fault switched on for it, then the route. Never throws: an unexpected
 * error is logged and answered with HTTP 500.
 */
export async function handlePortal(emulator: Emulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    if (emulator.latencyMs > 0) await sleep(emulator.latencyMs);
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const deployment = emulator.deployments.find((d) => url.pathname === d.context || url.pathname.startsWith(`${d.context}/`));
    if (!deployment) return notFoundPage(res, url.pathname);
    const path = url.pathname.slice(deployment.context.length) || '/';
    let parsed: ParsedRequest;
    try {
      parsed = await parseRequest(req, path, url.searchParams);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendJson(res, { error: { code: 413, message: 'Request too large.' } }, 413);
      throw error;
    }
    emulator.log.record(deployment.context, parsed, emulator.now());
    const fault = emulator.faults.take(parsed.method, url.pathname);
    if (fault && (await applyFault(emulator, fault, req, res))) return;
    const match = findRoute(deployment, path);
    if (!match) return notFoundPage(res, url.pathname);
    await dispatch(emulator, match.route, match.captures, deployment, parsed, res);
  } catch (error) {
    console.error('[emulator]', error);
    if (!res.headersSent) sendJson(res, { error: { code: 500, message: 'Internal emulator error.' } }, 500);
  }
}
