import 'server-only';
import { ArcGISError } from './errors';

// A page reads some things once per app or listing. When one of those fails, the others still
// stand: only a dead session or an unreachable portal is the whole page's problem.

/** 498/499 (the session must sign in again) or no answer at all: no other request would fare better. */
export function isSessionProblem(error: unknown): boolean {
  return error instanceof ArcGISError && (error.isAuthError || error.kind === 'unreachable');
}

/** What one sub-request came to: its value, or the portal's words on why it failed. */
export type SubRequestResult<T> = { ok: true; value: T } | { ok: false; message: string; details: string[] };

/**
 * Awaits one sub-request. A portal refusal, an HTTP error or an unreadable answer becomes its own
 * result (message and details as the portal gave them); a session problem, and any error that is
 * not an ArcGISError (a bug), propagates to the page.
 */
export async function subRequest<T>(promise: Promise<T>): Promise<SubRequestResult<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (!(error instanceof ArcGISError) || isSessionProblem(error)) throw error;
    const [message = error.message, ...details] = error.messages;
    return { ok: false, message, details };
  }
}
