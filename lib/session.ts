import 'server-only';
import { getIronSession, unsealData, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { z } from 'zod';
import type { PortalConnection } from './arcgis/connection';
import { licenseAdmin, type LicenseAdmin } from './arcgis/license-admin';
import { getConfig } from './config';
import { ApiError } from './http/api-error';
import { DEPLOYMENT_KINDS, type PortalProfile } from './licensing/portal-profile';
import { SESSION_COOKIE_NAME } from './session-cookie';

/** lib/licensing/portal-profile.ts's PortalProfile, as the cookie keeps it. */
const PortalProfileSchema: z.ZodType<PortalProfile> = z.object({
  kind: z.enum(DEPLOYMENT_KINDS),
  orgId: z.string().optional(),
  version: z.string().optional(),
  licensePath: z.string(),
  operationsPath: z.string(),
  capabilities: z.object({
    release: z.boolean(),
    releaseTakesAppId: z.boolean(),
    allSource: z.boolean(),
    licenseManagerRequired: z.boolean(),
    serverImport: z.boolean(),
    futureLicense: z.boolean(),
    populateLicense: z.boolean(),
  }),
});

const SessionSchema = z.object({
  token: z.string().min(1),
  /** Epoch milliseconds, as generateToken reported it. */
  tokenExpires: z.number(),
  username: z.string(),
  portalUrl: z.string(),
  referer: z.string(),
  /** Computed at sign-in: what this portal can do and where (lib/arcgis/profile.ts). */
  profile: PortalProfileSchema,
});

export type PortalSession = z.infer<typeof SessionSchema>;

/** The cookie outlives the token by a day so an expired session can be told apart from none. */
const COOKIE_GRACE_SECONDS = 24 * 60 * 60;

function sessionOptions(ttlSeconds: number, secure: boolean): SessionOptions {
  return {
    password: getConfig().sessionSecret,
    cookieName: SESSION_COOKIE_NAME,
    ttl: ttlSeconds,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  };
}

type SessionCookie = Partial<PortalSession>;

async function ironSession(ttlSeconds = COOKIE_GRACE_SECONDS, secure = false) {
  return getIronSession<SessionCookie>(await cookies(), sessionOptions(ttlSeconds, secure));
}

/**
 * Unsealing costs a key derivation and a decryption (WebCrypto) per request: more than the rest of
 * a proxied call. A sealed cookie is immutable and authenticated, so its unsealed content is kept
 * for a minute, keyed by the exact cookie value, in a bounded map.
 */
const UNSEALED_TTL_MS = 60_000;
const UNSEALED_MAX = 1_000;
const unsealed = new Map<string, { session: PortalSession | null; at: number }>();

async function unsealSession(seal: string): Promise<PortalSession | null> {
  const now = Date.now();
  const hit = unsealed.get(seal);
  if (hit && now - hit.at < UNSEALED_TTL_MS) return hit.session;
  const data = await unsealData<unknown>(seal, { password: getConfig().sessionSecret }).catch(() => undefined);
  const parsed = SessionSchema.safeParse(data);
  const session = parsed.success ? parsed.data : null;
  if (unsealed.size >= UNSEALED_MAX) unsealed.delete(unsealed.keys().next().value as string);
  unsealed.set(seal, { session, at: now });
  return session;
}

/** The signed-in session, or null. A session for another portal (the config changed) counts as none. */
export async function readSession(): Promise<PortalSession | null> {
  const seal = (await cookies()).get(SESSION_COOKIE_NAME)?.value;
  if (!seal) return null;
  const session = await unsealSession(seal);
  if (!session || session.portalUrl !== getConfig().portalUrl) return null;
  return session;
}

export function isTokenExpired(session: PortalSession, now = Date.now()): boolean {
  return session.tokenExpires <= now;
}

/** The session of a request that needs the portal: 401 when signed out or when the token has run out. */
export async function requireSession(): Promise<PortalSession> {
  const session = await readSession();
  if (!session) throw new ApiError('unauthorized', 'Sign in to continue.');
  if (isTokenExpired(session)) throw new ApiError('session_expired', 'Your portal session expired; sign in again.');
  return session;
}

export async function writeSession(session: PortalSession, options: { secure: boolean }): Promise<void> {
  const tokenSeconds = Math.max(0, Math.ceil((session.tokenExpires - Date.now()) / 1000));
  const cookie = await ironSession(tokenSeconds + COOKIE_GRACE_SECONDS, options.secure);
  Object.assign(cookie, session);
  await cookie.save();
}

export async function clearSession(): Promise<void> {
  (await ironSession()).destroy();
}

export function connectionFor(session: PortalSession): PortalConnection {
  return {
    portalUrl: session.portalUrl,
    token: session.token,
    referer: session.referer,
    timeoutMs: getConfig().timeoutMs,
  };
}

/** The license operations of the signed-in admin's portal, at its profile's paths. */
export function licenseAdminOf(session: PortalSession): LicenseAdmin {
  return licenseAdmin(connectionFor(session), session.profile);
}
