import 'server-only';
import { FormData } from 'undici';
import type { z } from 'zod';
import { describeSchemaError } from '../schemas/describe-issue';
import { readAnswer } from './answer';
import { ArcGISError } from './errors';
import { encodeParams, type ParamValue } from './params';
import { redactUrl } from './redact';
import { send, type TransportRequest, type TransportResponse } from './transport';
import { transportFailure } from './transport-errors';

// Our own request function rather than @esri/arcgis-rest-request: that client turns the admin
// error shape into a generic error, lets `{"status":"error"}` without a code through as success,
// and keeps the request options (token included) on its errors. ArcGIS calls are plain HTTP with
// a handful of conventions: parameters (params.ts), error bodies (error-body.ts, answer.ts) and
// the call itself here; transport.ts carries the bytes.

/** How to make one ArcGIS call; everything is optional (a GET with f=json alone). */
export interface ArcGISRequestOptions {
  /** GET unless given; files make it a POST whatever this says. */
  method?: 'GET' | 'POST';
  /** Encoded as params.ts says; f=json is always added. */
  params?: Record<string, ParamValue>;
  /** In the query of a GET, in the body of a POST; never in an error's URL or messages. */
  token?: string;
  /** Sent as the Referer header: tokens issued with client=referer are only valid with it. */
  referer?: string;
  /** Field name → file (its name is the part's filename). When present the request is a multipart POST. */
  files?: Record<string, File>;
  /** The whole call, connecting to the last byte, in milliseconds. Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 30_000;

type BuiltRequest = Omit<TransportRequest, 'signal' | 'timeoutMs'>;

function buildRequest(url: string, options: ArcGISRequestOptions): { target: string; request: BuiltRequest } {
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
    // undici streams the form, the files' bytes as they are, and writes the boundary and length.
    const form = new FormData();
    for (const [key, value] of params) form.append(key, value);
    for (const [field, file] of Object.entries(options.files)) form.append(field, file, file.name);
    return { target: url, request: { method, headers, body: form } };
  }
  headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return { target: url, request: { method, headers, body: new URLSearchParams(params).toString() } };
}

/**
 * One ArcGIS call to `url` (f=json added). Resolves with the parsed JSON of a success; throws
 * ArcGISError otherwise (see errors.ts for the kinds), its URL and messages without the token.
 * Never retries, never follows a redirect.
 */
export async function arcgisRequest(url: string, options: ArcGISRequestOptions = {}): Promise<unknown> {
  const { target, request } = buildRequest(url, options);
  const safeUrl = redactUrl(target);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: TransportResponse;
  try {
    // A redirect is reported, not followed (the transport never follows one): following it would
    // resend a POST's token to wherever the Location header points.
    response = await send(target, { ...request, signal, timeoutMs });
  } catch (error) {
    throw transportFailure(error, url, safeUrl);
  }
  return readAnswer(response, safeUrl, options.token);
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
