import 'server-only';
import { redirect } from 'next/navigation';
import { ArcGISError } from '../arcgis/errors';
import { signInPath } from '../api-client';
import { getConfig } from '../config';
import { describeProblem } from '../http/problem';
import type { ApiErrorBody } from '../schemas/api-error';
import { isTokenExpired, readSession, type PortalSession } from '../session';

/** The session of a page, or a redirect to sign in (saying why when the token ran out). */
export async function requirePageSession(path: string): Promise<PortalSession> {
  const session = await readSession();
  if (!session) redirect(signInPath(undefined, path));
  if (isTokenExpired(session)) redirect(signInPath('expired', path));
  return session;
}

export type PageData<T> = { ok: true; data: T } | { ok: false; problem: ApiErrorBody['error'] };

/**
 * A page's portal reads. A rejected token sends the browser to sign in; any other failure
 * becomes a problem the page shows in words (never a stack trace).
 */
export async function loadPageData<T>(path: string, load: () => Promise<T>): Promise<PageData<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (error instanceof ArcGISError && error.isAuthError) redirect(signInPath('expired', path));
    if (!(error instanceof ArcGISError)) console.error(`[page ${path}]`, error instanceof Error ? error.message : error);
    return { ok: false, problem: describeProblem(error, getConfig().portalUrl).body.error };
  }
}
