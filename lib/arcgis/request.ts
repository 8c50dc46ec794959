import 'server-only';
import type { z } from 'zod';
import { describeSchemaError } from '../schemas/describe-issue';
import { ArcGISError, type UnreachableCause } from './errors';
import { ResponseTooLargeError, send, type TransportRequest, type TransportResponse } from './transport';

// Our own request function rather than @esri/arcgis-rest-request: that client turns the admin
// error shape into a generic error, lets `{"status":"error"}` without a code through as success,
// and keeps the request options (token included) on its errors. ArcGIS calls are plain HTTP with
// a handful of conventions, all of which live here; transport.ts carries the bytes.

export type ParamValue =
  | string
  | number
  | boolean
  | Date
  | readonly (string | number)[]
  | { readonly [key: string]: unknown }
  | null
  | undefined;

export interface UploadFile {
  name: string;
  data: Blob;
}

export interface ArcGISRequestOptions {
  method?: 'GET' | 'POST';
  params?: Record<string, ParamValue>;
  token?: string;
  /** Sent as the Referer header: tokens issued with client=referer are only valid with it. */
  referer?: string;
  /** When present the request is a multipart POST. */
  files?: Record<string, UploadFile>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** ArcGIS parameter encoding: arrays comma-joined, objects as JSON, dates as epoch ms. */
export function encodeParam(value: ParamValue): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return String(value.getTime());
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function encodeParams(params: Record<string, ParamValue>): [string, string][] {
  return Object.entries(params).flatMap(([key, value]) => {
    const encoded = encodeParam(value);
    return encoded === undefined ? [] : [[key, encoded] as [string, string]];
  });
}

/** The URL as it may appear in errors and logs: no token, no query string secrets. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.delete('token');
    parsed.searchParams.delete('password');
    return parsed.toString();
  } catch {
    return url.replace(/([?&](token|password)=)[^&]*/gi, '$1[redacted]');
  }
}

export function redactToken(text: string, token: string | undefined): string {
  return token ? text.split(token).join('[redacted]') : text;
}

const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  return errorCode((error as { cause?: unknown }).cause);
}

export function unreachableCause(error: unknown): UnreachableCause {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return 'timed-out';
  const code = errorCode(error);
  if (code === 'ECONNREFUSED') return 'connection-refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'name-not-found';
  if (code && CERTIFICATE_CODES.has(code)) return 'certificate-not-trusted';
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') return 'timed-out';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'connection-reset';
  return 'network';
}

function asStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.length > 0);
  return typeof value === 'string' && value.length > 0 ? [value] : [];
}

interface ErrorBody {
  code?: number;
  messages: string[];
}

/**
 * Both ArcGIS error shapes: the sharing API's {"error":{code,message,details}} and the admin
 * APIs' {"status":"error","messages":[…],"code"?}. Returns undefined for a success body.
 */
export function readErrorBody(body: unknown): ErrorBody | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const sharing = record.error;
  if (typeof sharing === 'object' && sharing !== null) {
    const error = sharing as Record<string, unknown>;
    const messages = [...asStrings(error.message), ...asStrings(error.details)];
    return {
      code: typeof error.code === 'number' ? error.code : undefined,
      messages: messages.length > 0 ? messages : ['The portal reported an error without a message.'],
    };
  }
  if (record.status === 'error') {
    const messages = asStrings(record.messages);
    return {
      code: typeof record.code === 'number' ? record.code : undefined,
      messages: messages.length > 0 ? messages : ['The portal reported an error without a message.'],
    };
  }
  return undefined;
}

function htmlTitle(text: string): string | undefined {
  const match = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(text);
  return match?.[1]?.trim() || undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function buildRequest(
  url: string,
  options: ArcGISRequestOptions,
): Promise<{ target: string; request: Omit<TransportRequest, 'signal'> }> {
  const params = encodeParams({ ...options.params, f: 'json' });
  const method = options.files ? 'POST' : (options.method ?? 'GET');
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.referer) headers.Referer = options.referer;

  if (method === 'GET') {
    const query = new URLSearchParams(params);
    if (options.token) query.set('token', options.token);
    const target = `${url}${url.includes('?') ? '&' : '?'}${query.toString()}`;
    return { target, request: { method, headers } };
  }

  // POSTs carry the token in the body: the admin APIs refuse it in the query string.
  if (options.token) params.push(['token', options.token]);
  if (options.files) {
    const form = new FormData();
    for (const [key, value] of params) form.append(key, value);
    for (const [field, file] of Object.entries(options.files)) form.append(field, file.data, file.name);
    // The platform's own multipart encoder writes the body and its boundary.
    const encoded = new Response(form);
    headers['Content-Type'] = encoded.headers.get('content-type') as string;
    return { target: url, request: { method, headers, body: new Uint8Array(await encoded.arrayBuffer()) } };
  }
  headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return { target: url, request: { method, headers, body: new URLSearchParams(params).toString() } };
}

/** One ArcGIS call. Resolves with the parsed JSON of a success; throws ArcGISError otherwise. Never retries. */
export async function arcgisRequest(url: string, options: ArcGISRequestOptions = {}): Promise<unknown> {
  const { target, request } = await buildRequest(url, options);
  const safeUrl = redactUrl(target);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: TransportResponse;
  try {
    // A redirect is reported, not followed (the transport never follows one): following it would
    // resend a POST's token to wherever the Location header points.
    response = await send(target, { ...request, signal });
  } catch (error) {
    if (error instanceof ResponseTooLargeError) {
      throw new ArcGISError({ kind: 'invalid-response', url: safeUrl, messages: [error.message] });
    }
    const cause = unreachableCause(error);
    throw new ArcGISError({
      kind: 'unreachable',
      url: safeUrl,
      cause,
      messages: [`Cannot reach ${new URL(url).origin}: ${cause.replace(/-/g, ' ')}.`],
    });
  }

  const { text } = response;
  const ok = response.status >= 200 && response.status < 300;
  const body = parseJson(text);
  const errorBody = readErrorBody(body);
  if (errorBody) {
    throw new ArcGISError({
      kind: 'portal',
      url: safeUrl,
      code: errorBody.code ?? (ok ? undefined : response.status),
      httpStatus: response.status,
      messages: errorBody.messages.map((m) => redactToken(m, options.token)),
    });
  }

  if (response.status >= 300 && response.status < 400) {
    const location = response.header('location');
    throw new ArcGISError({
      kind: 'http',
      url: safeUrl,
      httpStatus: response.status,
      messages: [
        `The portal redirected the request${location ? ` to ${redactUrl(location)}` : ''}; configure the portal URL it redirects to.`,
      ],
    });
  }

  if (!ok) {
    const title = htmlTitle(text);
    throw new ArcGISError({
      kind: 'http',
      url: safeUrl,
      httpStatus: response.status,
      messages: [`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${title ? `: ${title}` : ''}`],
    });
  }

  if (body === undefined) {
    const contentType = response.header('content-type') ?? 'no content type';
    const title = htmlTitle(text);
    throw new ArcGISError({
      kind: 'invalid-response',
      url: safeUrl,
      httpStatus: response.status,
      messages: [`The portal answered with something other than JSON (${contentType}${title ? `, "${title}"` : ''}).`],
    });
  }

  return body;
}

/** arcgisRequest, then the answer validated against a schema; a mismatch names the field. */
export async function arcgisRequestParsed<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  options: ArcGISRequestOptions = {},
): Promise<z.output<Schema>> {
  const body = await arcgisRequest(url, options);
  const result = schema.safeParse(body);
  if (!result.success) {
    const { field, message } = describeSchemaError(result.error, '(response)');
    throw new ArcGISError({
      kind: 'invalid-response',
      url: redactUrl(url),
      field,
      messages: [`The portal's answer has an unexpected value at "${field}": ${message}.`],
    });
  }
  return result.data;
}
