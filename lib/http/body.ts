import 'server-only';
import type { z } from 'zod';
import { ApiError } from './api-error';
import { parseInput } from './input';

/** JSON bodies of the dashboard's forms are small; anything larger is not one of ours. */
const MAX_JSON_BYTES = 64 * 1024;

/**
 * The body's bytes, refusing (413) as soon as it passes `maxBytes` rather than buffering
 * whatever a client sends.
 */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new ApiError('payload_too_large', `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A JSON request body (at most `maxBytes`) validated against a form schema; every failure is a 4xx naming the problem. */
export async function parseJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  maxBytes = MAX_JSON_BYTES,
): Promise<z.output<Schema>> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(contentType)) {
    throw new ApiError('unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
  }
  const text = new TextDecoder().decode(await readBodyLimited(request, maxBytes));

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError('invalid_input', 'The request body is not valid JSON.');
  }
  return parseInput(schema, body, '(body)');
}
