import 'server-only';
import { dehydrate, QueryClient, type DehydratedState } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import { refreshPath, signInPath } from '../api-client';
import { ArcGISError } from '../arcgis/errors';
import { describeProblem } from '../http/problem';
import type { ApiErrorBody } from '../schemas/api-error';
import {
  currentPortal,
  freshSession,
  isTokenExpired,
  portalParamOf,
  readSession,
  unknownPortalRequested,
  type PortalSession,
  sessionPlan,
} from '../session';
import type { Prefilled } from './server';

/**
 * The session of a page on the current portal, or a redirect to sign in to it (saying why when the
 * token ran out), or to /portals when the URL names a portal this dashboard does not serve. An OAuth token near its end is renewed here; one whose refresh token must be
 * exchanged (rotated) goes through the refresh route first, because a page cannot rewrite the
 * cookie that must keep the new refresh token.
 */
export async function requirePageSession(path: string): Promise<PortalSession> {
  const unknown = await unknownPortalRequested();
  if (unknown) redirect(`/portals?${new URLSearchParams({ unknown }).toString()}`);
  const portal = await currentPortal();
  const found = await readSession(portal);
  if (!found) redirect(signInPath(undefined, path, portalParamOf(portal.id)));
  const plan = sessionPlan(found, Date.now());
  if (plan === 'rotate') redirect(refreshPath(path, portal.id));
  const session = plan === 'refresh' ? await freshSession(found) : found;
  if (isTokenExpired(session)) redirect(signInPath('expired', path, portalParamOf(portal.id)));
  return session;
}

export type PageReads = { ok: true; state: DehydratedState } | { ok: false; problem: ApiErrorBody['error'] };

async function settle(session: PortalSession, path: string, read: Promise<Prefilled>): Promise<Prefilled | ApiErrorBody['error']> {
  try {
    return await read;
  } catch (error) {
    // A rejected token sends the browser to sign in; any other failure is a problem shown in words.
    if (error instanceof ArcGISError && error.isAuthError) redirect(signInPath('expired', path, portalParamOf(session.portalId)));
    if (!(error instanceof ArcGISError)) console.error(`[page ${path}]`, error instanceof Error ? error.message : error);
    return describeProblem(error, session.portalUrl).body.error;
  }
}

/**
 * A page's portal reads, run together, as react-query state for its client components. A failed
 * required read makes the page show that problem; a failed extra is left out, and its section
 * reads it again in the browser and says what went wrong there.
 */
export async function readForPage(
  session: PortalSession,
  path: string,
  required: readonly Promise<Prefilled>[],
  extras: readonly Promise<Prefilled>[],
): Promise<PageReads> {
  const settled = await Promise.all([...required, ...extras].map((read) => settle(session, path, read)));
  const failed = settled.slice(0, required.length).find((result) => !('queryKey' in result));
  if (failed && !('queryKey' in failed)) return { ok: false, problem: failed };
  const client = new QueryClient();
  for (const result of settled) if ('queryKey' in result) client.setQueryData(result.queryKey, result.data);
  return { ok: true, state: dehydrate(client) };
}
