import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN_ERROR_BODY, HTML_500, HTML_502, MALFORMED_JSON, type FaultRule } from './faults';
import { sendHtml, sendJson } from './http';
import type { Emulator } from './runtime';

/**
 * Misbehaves as the fault says (faults.ts lists the kinds). Resolves to true when the request has
 * been answered (or dropped) by the fault, false when it goes on to its route as usual.
 */
export async function applyFault(emulator: Emulator, fault: FaultRule, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  switch (fault.kind) {
    case 'slow':
      await sleep(fault.ms ?? 5_000);
      return false;
    case 'revoke-tokens':
      emulator.expireAllTokens();
      return false;
    case 'http-500':
      sendHtml(res, HTML_500, 500);
      return true;
    case 'bad-gateway-html':
      sendHtml(res, HTML_502, 502);
      return true;
    case 'malformed-json':
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(MALFORMED_JSON);
      return true;
    case 'admin-error':
      sendJson(res, ADMIN_ERROR_BODY);
      return true;
    case 'answer':
      if (fault.contentType !== undefined) {
        res.writeHead(200, { 'Content-Type': fault.contentType });
        res.end(typeof fault.body === 'string' ? fault.body : '');
      } else sendJson(res, fault.body ?? {});
      return true;
    case 'html':
      sendHtml(res, typeof fault.body === 'string' ? fault.body : '');
      return true;
    case 'restart':
      req.socket.destroy();
      emulator.expireAllTokens();
      void emulator.portalDownFor((fault.ms ?? emulator.restartSeconds * 1000) / 1000);
      return true;
  }
}
