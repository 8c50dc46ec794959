import type { ApiErrorCode } from '../schemas/api-error';

/** An error a route answers with on purpose: its code picks the HTTP status, its message is shown. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field?: string;
  readonly details?: string[];
  readonly hint?: string;
  /** For rate_limited: sent as the Retry-After header. */
  readonly retryAfterSeconds?: number;

  constructor(code: ApiErrorCode, message: string, extra: { field?: string; details?: string[]; hint?: string; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = extra.field;
    this.details = extra.details;
    this.hint = extra.hint;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }
}
