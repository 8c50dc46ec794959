// Cookie and header names shared by the session code and proxy.ts, in a module of their own so the
// proxy can read them without loading the session code.

/** Each portal's session has its own cookie, `license_dashboard_session.<portal id>`: one admin may be signed in to several portals. */
const SESSION_COOKIE_PREFIX = 'license_dashboard_session.';

export function sessionCookieName(portalId: string): string {
  return `${SESSION_COOKIE_PREFIX}${portalId}`;
}

export function isSessionCookieName(name: string): boolean {
  return name.startsWith(SESSION_COOKIE_PREFIX);
}

/** The portal a page was last opened on (`?portal=`), for links that do not say. */
export const CURRENT_PORTAL_COOKIE = 'license_dashboard_portal';

/** The portal a request is about: set by proxy.ts from a page's `?portal=`, by the browser's endpoint client from its page's. */
export const PORTAL_HEADER = 'x-dashboard-portal';

/** The search parameter that carries the portal in every dashboard URL. */
export const PORTAL_PARAM = 'portal';
