import { z } from 'zod';

// The one error body every dashboard route answers with; shared by the server (which writes it)
// and the browser (which reads it).

const API_ERROR_CODES = [
  'unauthorized',
  'session_expired',
  'bad_origin',
  'invalid_input',
  'unsupported_media_type',
  'payload_too_large',
  'not_supported',
  'rate_limited',
  'portal_rejected',
  'portal_forbidden',
  'portal_token_refused',
  'portal_error',
  'portal_not_answering',
  'portal_unreachable',
  'portal_timeout',
  'portal_bad_response',
  'store_unavailable',
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    /** The input or response field at fault, when there is one. */
    field: z.string().optional(),
    /** Further lines from the portal, in its own words. */
    details: z.array(z.string()).optional(),
    /** A hint on what to check or do next. */
    hint: z.string().optional(),
  }),
});

export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
