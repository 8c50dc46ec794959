import 'server-only';
import { Agent, interceptors, request, type FormData } from 'undici';

// HTTP for the ArcGIS calls, on undici's `request` rather than fetch: fetch's web streams (and
// Next.js's instrumentation of it) cost more per call than the whole rest of a proxied request.
// One keep-alive Agent for every portal. It follows no redirect (undici follows one only through
// its redirect interceptor, which is not composed here; see request.ts for why). TLS is Node's,
// so NODE_EXTRA_CA_CERTS works and nothing turns certificate checks off.

/** A portal answer larger than this, before or after decompression, is not one the dashboard can use. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Opening the connection (TCP and TLS) gets at most this long; the call's own timeout still applies. */
const CONNECT_TIMEOUT_MS = 10_000;

const dispatcher = new Agent({
  connections: 64,
  connect: { timeout: CONNECT_TIMEOUT_MS },
  maxResponseSize: MAX_RESPONSE_BYTES,
}).compose(
  // Error statuses too: a web adaptor's compressed 502 page still has a title worth reporting.
  interceptors.decompress({ skipErrorResponses: false, maxSize: MAX_RESPONSE_BYTES }),
);

export interface TransportRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** A urlencoded string, or a multipart form whose boundary and length undici writes. */
  body?: string | FormData;
  /** Ends the call wherever it is (connecting, waiting, reading the body). */
  signal: AbortSignal;
  /** Longest wait for the headers, and longest silence between body chunks, in milliseconds. */
  timeoutMs: number;
}

/** A whole answer, its body decompressed (gzip, deflate, br) and decoded as UTF-8. */
export interface TransportResponse {
  status: number;
  statusText: string;
  header(name: string): string | undefined;
  text: string;
}

/**
 * Sends one request and reads its whole answer, whatever its status. Rejects with undici's or
 * Node's own errors (codes such as UND_ERR_HEADERS_TIMEOUT, ECONNREFUSED, certificate codes) or
 * with the signal's reason; transport-errors.ts turns them into ArcGIS errors.
 */
export async function send(url: string, { method, headers, body, signal, timeoutMs }: TransportRequest): Promise<TransportResponse> {
  const response = await request(url, {
    dispatcher,
    method,
    headers,
    body,
    signal,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    statusText: response.statusText,
    header: (name) => {
      const value = response.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    text,
  };
}
