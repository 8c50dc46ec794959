import 'server-only';
import { dehydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import { signInPath } from '../api-client';
import { ArcGISError } from '../arcgis/errors';
import { getConfig } from '../config';
import { describeProblem } from '../http/problem';
import type { ApiErrorBody } from '../schemas/api-error';
import { isTokenExpired, readSession, type PortalSession } from '../session';
import type { Prefilled } from './server';

/** The session of a page, or a redirect to sign in (saying why when the token ran out). */
export async function requirePageSession(path: string): Promise<PortalSession> {
  const session = await readSession();
  if (!session) redirect(signInPath(undefined, path));
  if (isTokenExpired(session)) redirect(signInPath('expired', path));
  return session;
}

export type PageReads = { ok: true; state: DehydratedState } | { ok: false; problem: ApiErrorBody['error'] };

async function settle(path: string, read: Promise<Prefilled>): Promise<Prefilled | ApiErrorBody['error']> {
  try {
    return await read;
  } catch (error) {
    // A rejected token sends the browser to sign in; any other failure is a problem shown in words.
    if (error instanceof ArcGISError && error.isAuthError) redirect(signInPath('expired', path));
    if (!(error instanceof ArcGISError)) console.error(`[page ${path}]`, error instanceof Error ? error.message : error);
    return describeProblem(error, getConfig().portalUrl).body.error;
  }
}

/**
 * A page's portal reads, run together, as react-query state for its client components. A failed
 * required read makes the page show that problem; a failed extra is left out, and its section
 * reads it again in the browser and says what went wrong there.
 */
export async function readForPage(path: string, required: readonly Promise<Prefilled>[], extras: readonly Promise<Prefilled>[]): Promise<PageReads> {
  const settled = await Promise.all([...required, ...extras].map((read) => settle(path, read)));
  const failed = settled.slice(0, required.length).find((result) => !('queryKey' in result));
  if (failed && !('queryKey' in failed)) return { ok: false, problem: failed };
  const client = new QueryClient();
  for (const result of settled) if ('queryKey' in result) client.setQueryData(result.queryKey, result.data);
  return { ok: true, state: dehydrate(client) };
}
