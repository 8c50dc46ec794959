import 'server-only';
import { sealData, unsealData } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import { getConfig } from '../../config';
import { isHttpsRequest } from '../../http/origin';
import { RESTART_TIMEOUT_MS } from '../../licensing/restart-poller';
import type { PortalSession } from '../../session';
import { RestartInFlightSchema, type RestartInFlight } from './contract';

// The License Manager restart in flight, kept where a reload finds it: a cookie the dashboard's
// server seals with the session secret (iron-session, as the session itself), rather than the
// browser's sessionStorage, because the page must know before it reads the portal: a reload
// mid-restart then renders the progress on the server instead of "the portal cannot be reached",
// and the read after the admin signs in again can be compared with what was sent. Sealed, so the
// browser cannot make the page claim a change nobody requested.

const COOKIE_NAME = 'license_dashboard_restart';
/** The poller's ten minutes, then time enough to sign in again after the restart ended the session. */
const TTL_SECONDS = RESTART_TIMEOUT_MS / 1000 + 20 * 60;

/** Bound to who started it, on which portal: another admin signing in on this browser does not inherit it. */
const SealedSchema = RestartInFlightSchema.extend({ username: z.string(), portalUrl: z.string() });

/** Keeps the restart the portal just accepted for `session`'s admin (route handlers only: it sets a cookie). */
export async function rememberRestart(restart: RestartInFlight, session: PortalSession): Promise<void> {
  const config = getConfig();
  const seal = await sealData(
    { ...restart, username: session.username, portalUrl: session.portalUrl },
    { password: config.sessionSecret, ttl: TTL_SECONDS },
  );
  // A change passed the Origin check: the Origin is the dashboard's own address as the browser sees it.
  const requestHeaders = await headers();
  const secure = isHttpsRequest(requestHeaders.get('origin') ?? '', requestHeaders);
  (await cookies()).set(COOKIE_NAME, seal, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: TTL_SECONDS });
}

/** The restart `session`'s admin started on this portal and the page has not finished with, or null. */
export async function restartInFlight(session: PortalSession | null): Promise<RestartInFlight | null> {
  const seal = (await cookies()).get(COOKIE_NAME)?.value;
  if (!seal || !session) return null;
  const data = await unsealData<unknown>(seal, { password: getConfig().sessionSecret, ttl: TTL_SECONDS }).catch(() => undefined);
  const parsed = SealedSchema.safeParse(data);
  if (!parsed.success || parsed.data.username !== session.username || parsed.data.portalUrl !== session.portalUrl) return null;
  // The in-flight shape without the binding (zod drops the keys it does not list).
  return RestartInFlightSchema.parse(parsed.data);
}

/** Drops the restart (route handlers only). */
export async function forgetRestart(): Promise<void> {
  (await cookies()).delete(COOKIE_NAME);
}
