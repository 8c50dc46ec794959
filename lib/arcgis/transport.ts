import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

// HTTP for the ArcGIS calls, on Node's http/https with keep-alive agents rather than fetch:
// fetch's web streams (and Next.js's instrumentation of it) cost more per call than the whole
// rest of a proxied request. Redirects are never followed (see request.ts). TLS trust is Node's,
// so NODE_EXTRA_CA_CERTS works and nothing turns certificate checks off.

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/** A portal answer larger than this is not one the dashboard can use. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface TransportRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string | Uint8Array;
  signal: AbortSignal;
}

export interface TransportResponse {
  status: number;
  statusText: string;
  header(name: string): string | undefined;
  text: string;
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  if (encoding === 'br') return brotliDecompressSync(body);
  return body;
}

export class ResponseTooLargeError extends Error {
  override name = 'ResponseTooLargeError';
}

export function send(url: string, request: TransportRequest): Promise<TransportResponse> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:'];
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      target,
      { method: request.method, headers: request.headers, agent, signal: request.signal },
      (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) {
            incoming.destroy(new ResponseTooLargeError(`The answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB.`));
            return;
          }
          chunks.push(chunk);
        });
        incoming.on('error', reject);
        incoming.on('end', () => {
          try {
            const encoding = incoming.headers['content-encoding'];
            const text = decode(Buffer.concat(chunks), typeof encoding === 'string' ? encoding : undefined).toString('utf8');
            resolve({
              status: incoming.statusCode ?? 0,
              statusText: incoming.statusMessage ?? '',
              header: (name) => {
                const value = incoming.headers[name.toLowerCase()];
                return Array.isArray(value) ? value.join(', ') : value;
              },
              text,
            });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}
