import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { ApiClientError } from '../api-client';
import { ApiErrorBodySchema } from '../schemas/api-error';
import { PORTAL_HEADER, PORTAL_PARAM } from '../session-cookie';
import { describeSchemaError } from '../schemas/describe-issue';
import { queryKeyOf, type Endpoint, type InputArgs, type InputOf, type OutputOf } from './contract';

// The browser's side of an endpoint definition: one fetch per call, the answer parsed with the
// endpoint's output schema (never cast), errors as ApiClientError. Changes are sent once: the
// query client never retries a mutation (app/providers.tsx).

export interface UploadProgress {
  /** Bytes of the request body sent so far, of `total`. */
  loaded: number;
  total: number;
}

/** Thrown when an upload was cancelled in the browser: not an error to show. */
export class UploadCancelledError extends Error {
  constructor() {
    super('The upload was cancelled.');
    this.name = 'UploadCancelledError';
  }
}

export interface CallOptions {
  signal?: AbortSignal;
  /** The portal to act on when it is not the page's (`?portal=`): a card of /portals acting on its own portal. */
  portal?: string;
  /** Uploads only: how much of the file has gone (fetch cannot report it, XMLHttpRequest can). */
  onProgress?: (progress: UploadProgress) => void;
}

interface RawAnswer {
  status: number;
  body: unknown;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The portal the server acts on (lib/session.ts currentPortal): the one named, else the page's
 * (its `?portal=`).
 */
function portalHeaders(named?: string): Record<string, string> {
  const portal = named ?? (typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(PORTAL_PARAM));
  return portal ? { [PORTAL_HEADER]: portal } : {};
}

function urlOf(endpoint: Endpoint, input: unknown): string {
  if (endpoint.method !== 'GET' || input === undefined) return endpoint.path;
  const query = new URLSearchParams(Object.entries(input as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
  return `${endpoint.path}?${query.toString()}`;
}

/** The multipart body of an upload: each field once, files with their own names. */
function formOf(input: unknown): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    form.append(key, value instanceof Blob ? value : String(value));
  }
  return form;
}

async function sendWithFetch(endpoint: Endpoint, input: unknown, { signal, portal }: CallOptions): Promise<RawAnswer> {
  const init: RequestInit = { method: endpoint.method, headers: { Accept: 'application/json', ...portalHeaders(portal) }, cache: 'no-store', signal };
  if (endpoint.method !== 'GET' && input !== undefined) {
    init.headers = { Accept: 'application/json', 'Content-Type': 'application/json', ...portalHeaders(portal) };
    init.body = JSON.stringify(input);
  }
  const response = await fetch(urlOf(endpoint, input), init);
  return { status: response.status, body: parseJson(await response.text()) };
}

function sendWithUpload(endpoint: Endpoint, input: unknown, { signal, onProgress, portal }: CallOptions): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UploadCancelledError());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open(endpoint.method, endpoint.path);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(portalHeaders(portal))) xhr.setRequestHeader(name, value);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => resolve({ status: xhr.status, body: parseJson(xhr.responseText) });
    xhr.onerror = () => reject(new TypeError('The dashboard could not be reached.'));
    xhr.onabort = () => reject(new UploadCancelledError());
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(formOf(input));
  });
}

function answerOf<E extends Endpoint>(endpoint: E, { status, body }: RawAnswer): OutputOf<E> {
  if (status < 200 || status >= 300) {
    const parsed = ApiErrorBodySchema.safeParse(body);
    throw new ApiClientError(
      status,
      parsed.success ? parsed.data.error : { code: 'internal', message: `The dashboard answered HTTP ${status} without an explanation.` },
    );
  }
  const parsed = endpoint.output.safeParse(body);
  // Parsed by this endpoint's own output schema: the generic type only restates that.
  if (parsed.success) return parsed.data as OutputOf<E>;
  const { field } = describeSchemaError(parsed.error, '(answer)');
  throw new ApiClientError(status, {
    code: 'internal',
    message: `The dashboard's answer to ${endpoint.method} ${endpoint.path} could not be read (at ${field}). Reload the page; if it persists, the dashboard's server and this page are of different versions.`,
    field,
  });
}

/**
 * Calls a dashboard endpoint once and returns its parsed answer.
 * Throws ApiClientError for any answer but 2xx (or one that fails the output schema), TypeError when
 * the dashboard cannot be reached, UploadCancelledError when an upload is aborted through `signal`.
 */
export async function callEndpoint<E extends Endpoint>(endpoint: E, input: InputOf<E>, options: CallOptions = {}): Promise<OutputOf<E>> {
  const raw = endpoint.upload ? await sendWithUpload(endpoint, input, options) : await sendWithFetch(endpoint, input, options);
  return answerOf(endpoint, raw);
}

/** react-query options of a read: the same key the page's server prefetch filled. */
export function endpointQuery<E extends Endpoint>(endpoint: E, ...args: InputArgs<E>) {
  return queryOptions({
    queryKey: queryKeyOf(endpoint, ...args),
    queryFn: ({ signal }) => callEndpoint(endpoint, args[0] as InputOf<E>, { signal }),
  });
}

/** react-query options of a change: sent once per call, never retried. */
export function endpointMutation<E extends Endpoint>(endpoint: E, options: Omit<CallOptions, 'signal'> = {}) {
  return mutationOptions({
    mutationKey: endpoint.key,
    // void, not undefined, for an endpoint without input, so that `mutate()` takes no argument.
    mutationFn: (input: InputOf<E> extends undefined ? void : InputOf<E>) => callEndpoint(endpoint, input as InputOf<E>, options),
  });
}

export type { OutputOf };
