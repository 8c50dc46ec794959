import type { IncomingMessage, ServerResponse } from 'node:http';

// The ArcGIS REST conventions, server side: parameters from the query string and the body
// (urlencoded or multipart), f=json, and the two error shapes, each with HTTP 200.

interface UploadedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

export interface ParsedRequest {
  method: string;
  /** Path inside the context, e.g. "/portaladmin/license". */
  path: string;
  query: URLSearchParams;
  body: URLSearchParams;
  files: Map<string, UploadedFile>;
  headers: IncomingMessage['headers'];
  /** Query and body merged, body winning, as ArcGIS reads parameters. */
  param(name: string): string | undefined;
}

const MAX_BODY_BYTES = 50 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function parseRequest(req: IncomingMessage, path: string, query: URLSearchParams): Promise<ParsedRequest> {
  const body = new URLSearchParams();
  const files = new Map<string, UploadedFile>();
  if (req.method === 'POST' || req.method === 'PUT') {
    const raw = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    if (contentType.startsWith('multipart/form-data')) {
      // Node's own multipart parser, through the fetch Request class.
      const form = await new Request('http://emulator.invalid/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: new Uint8Array(raw),
      }).formData();
      for (const [key, value] of form.entries()) {
        if (typeof value === 'string') body.append(key, value);
        else files.set(key, { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
      }
    } else {
      for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) body.append(key, value);
    }
  }
  return {
    method: req.method ?? 'GET',
    path,
    query,
    body,
    files,
    headers: req.headers,
    param: (name) => body.get(name) ?? query.get(name) ?? undefined,
  };
}

export function sendJson(res: ServerResponse, body: unknown, status = 200): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache',
  });
  res.end(text);
}

export function sendHtml(res: ServerResponse, html: string, status = 200): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}

export type ErrorShape = 'sharing' | 'admin';

/** An ArcGIS error in the shape of the API that raised it, with HTTP 200 as the portal sends it. */
export function sendArcGISError(res: ServerResponse, shape: ErrorShape, code: number, message: string, details: string[] = []): void {
  if (shape === 'sharing') {
    sendJson(res, { error: { code, message, details } });
  } else {
    sendJson(res, { status: 'error', messages: [message, ...details], code });
  }
}

export function notFoundPage(res: ServerResponse, path: string): void {
  sendHtml(
    res,
    `<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>${escapeHtml(path)}</p></body></html>`,
    404,
  );
}

/** What the admin directory shows a browser when f is html or missing. */
export function directoryPage(res: ServerResponse, title: string, body: unknown): void {
  sendHtml(
    res,
    `<!DOCTYPE html><html><head><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><pre>${escapeHtml(
      JSON.stringify(body, null, 2),
    )}</pre></body></html>`,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
