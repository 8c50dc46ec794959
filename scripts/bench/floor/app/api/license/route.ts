import { z } from 'zod';

// The framework's floor for the dashboard's GET /api/license: a bare route handler that reads the
// license from the portal and returns it as the portal sent it. No session, no validation, no
// error mapping: what is left is what Next.js and fetch cost.

const TokenAnswer = z.object({ token: z.string() });

/** A setting the bench passes in the environment (this app serves only the bench). */
function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/**
 * A portal token from `<FLOOR_PORTAL_URL>/sharing/rest/generateToken` (client=referer, bound to
 * FLOOR_REFERER). Throws when the portal gives none.
 */
async function generateToken(): Promise<string> {
  const response = await fetch(`${setting('FLOOR_PORTAL_URL')}/sharing/rest/generateToken`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      username: setting('FLOOR_USERNAME'),
      password: setting('FLOOR_PASSWORD'),
      client: 'referer',
      referer: setting('FLOOR_REFERER'),
      f: 'json',
    }),
  });
  return TokenAnswer.parse(await response.json()).token;
}

// Obtained once, by the first request (the bench's readiness check), so that no measured request
// pays for it; kept for the life of the process.
let token: Promise<string> | undefined;

/** The portal's license resource (`/portaladmin/license?f=json`), JSON as the portal sent it. */
export async function GET(): Promise<Response> {
  token ??= generateToken();
  const url = `${setting('FLOOR_PORTAL_URL')}/portaladmin/license?f=json&token=${encodeURIComponent(await token)}`;
  const upstream = await fetch(url, { headers: { Referer: setting('FLOOR_REFERER') }, cache: 'no-store' });
  return new Response(upstream.body, { status: upstream.status, headers: { 'Content-Type': 'application/json' } });
}
