import type { ApiErrorBody, ApiErrorCode } from './schemas/api-error';

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

/** Where to send the browser to sign in (to `portal`, a configured portal id), coming back to the current page afterwards. */
export function signInPath(reason: 'expired' | undefined, returnTo: string, portal?: string): string {
  const params = new URLSearchParams();
  if (portal) params.set('portal', portal);
  if (reason) params.set('reason', reason);
  if (returnTo && returnTo !== '/') params.set('next', returnTo);
  const query = params.toString();
  return `/sign-in${query ? `?${query}` : ''}`;
}

/** The route that renews a portal's OAuth tokens and comes back to `returnTo`. */
export function refreshPath(returnTo: string, portal: string): string {
  return `/api/session/refresh?${new URLSearchParams({ portal, next: returnTo }).toString()}`;
}
