import type { z } from 'zod';

// One definition per dashboard endpoint: method, URL, input and output schemas and its react-query
// key. The route handler, the page's server prefetch and the browser's query and mutation options
// are all derived from it (lib/endpoint/server.ts, lib/endpoint/client.ts), so none of them writes a
// URL, a key or an answer type of its own.

type EndpointMethod = 'GET' | 'POST' | 'DELETE';

/** A multipart upload: the form field holding the file and the largest file the route takes. */
interface UploadSpec {
  fileField: string;
  maxFileBytes: number;
}

export interface Endpoint<Input extends z.ZodType | undefined = z.ZodType | undefined, Output extends z.ZodType = z.ZodType> {
  readonly method: EndpointMethod;
  /** The route's URL under /api, as the browser calls it. */
  readonly path: `/api/${string}`;
  /**
   * react-query key (reads) or mutation key. Reads of the license live under ['license'], so one
   * invalidation (the pages' Refresh, an import) reads them all again.
   */
  readonly key: readonly string[];
  /** GET: the query string; POST: the JSON body, or the multipart form when `upload` is set. */
  readonly input: Input;
  readonly upload?: UploadSpec;
  /** The largest JSON body a POST takes, bytes; default lib/http/body.ts MAX_JSON_BYTES (64 KB). */
  readonly maxBodyBytes?: number;
  /** What the route answers with: parsed by the browser, so a page never trusts a cast. */
  readonly output: Output;
}

/** What a caller passes: the schema's input, or undefined for an endpoint without one. */
export type InputOf<E extends Endpoint> = E['input'] extends z.ZodType ? z.input<E['input']> : undefined;
/** The input argument, left out for an endpoint without one. */
export type InputArgs<E extends Endpoint> = E['input'] extends z.ZodType ? [input: z.input<E['input']>] : [];
/** What the server function returns: the same shape the browser holds after parsing it. */
export type ServedOf<E extends Endpoint> = z.output<E['output']>;
/** What the browser holds after parsing the answer. */
export type OutputOf<E extends Endpoint> = z.output<E['output']>;

export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint;
}

/** The react-query key of a read with this input; the server prefetch and the browser use the same one. */
export function queryKeyOf<E extends Endpoint>(endpoint: E, ...args: InputArgs<E>): readonly unknown[] {
  return args.length === 0 ? endpoint.key : [...endpoint.key, args[0]];
}
