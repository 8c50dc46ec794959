import { ApiErrorBodySchema, type ApiErrorBody, type ApiErrorCode } from './schemas/api-error';

/** A dashboard route's error, as the browser receives it. */
export class ApiClientError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly field?: string;
  readonly details?: string[];
  readonly hint?: string;

  constructor(status: number, error: ApiErrorBody['error']) {
    super(error.message);
    this.name = 'ApiClientError';
    this.status = status;
    this.code = error.code;
    this.field = error.field;
    this.details = error.details;
    this.hint = error.hint;
  }

  get needsSignIn(): boolean {
    return this.code === 'unauthorized' || this.code === 'session_expired';
  }
}

async function readResponse<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body as T;
  const parsed = ApiErrorBodySchema.safeParse(body);
  throw new ApiClientError(
    response.status,
    parsed.success
      ? parsed.data.error
      : { code: 'internal', message: `The dashboard answered HTTP ${response.status} without an explanation.` },
  );
}

export async function apiGet<T>(path: string): Promise<T> {
  return readResponse<T>(await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store' }));
}

/** A mutation: sent once, never retried; the caller shows what the dashboard answered. */
export async function apiSend<T>(path: string, method: 'POST' | 'PUT' | 'DELETE', body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  return readResponse<T>(await fetch(path, init));
}

/** Where to send the browser to sign in again, coming back to the current page afterwards. */
export function signInPath(reason: 'expired' | undefined, returnTo: string): string {
  const params = new URLSearchParams();
  if (reason) params.set('reason', reason);
  if (returnTo && returnTo !== '/') params.set('next', returnTo);
  const query = params.toString();
  return `/sign-in${query ? `?${query}` : ''}`;
}
