/** The session cookie's name; its own module so proxy.ts can read it without the session code. */
export const SESSION_COOKIE_NAME = 'license_dashboard_session';
