import 'server-only';
import { randomUUID } from 'node:crypto';
import { getIronSession, unsealData, type SessionOptions } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { z } from 'zod';
import type { PortalConnection } from './arcgis/connection';
import { ArcGISError } from './arcgis/errors';
import { licenseAdmin, type LicenseAdmin } from './arcgis/license-admin';
import { refreshTokens } from './arcgis/oauth';
import { getConfig } from './config';
import { ApiError } from './http/api-error';
import { DEPLOYMENT_KINDS, type PortalProfile } from './licensing/portal-profile';
import { refreshPlan, type RefreshPlan } from './licensing/token-refresh';
import { SIGN_IN_METHODS, type PortalEntry } from './portal-list';
import { withPortalParam } from './return-path';
import { CURRENT_PORTAL_COOKIE, isSessionCookieName, PORTAL_HEADER, sessionCookieName } from './session-cookie';

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
  /** Random at sign-in, kept through token refreshes: what a validated license file's proof is bound to. */
  sessionId: z.string(),
  /** The configured portal's id (lib/portal-list.ts). */
  portalId: z.string(),
  token: z.string().min(1),
  /** Epoch milliseconds, as the portal reported it (generateToken's `expires`, or now + OAuth's `expires_in`). */
  tokenExpires: z.number(),
  username: z.string(),
  portalUrl: z.string(),
  referer: z.string(),
  signInMethod: z.enum(SIGN_IN_METHODS),
  /** OAuth only: renews the access token; never leaves the server. */
  refreshToken: z.string().optional(),
  /** Epoch milliseconds; absent when the portal did not say (before 10.9.1). */
  refreshExpires: z.number().optional(),
  /** OAuth only: the redirect URI the code was issued for, which exchange_refresh_token must repeat. */
  redirectUri: z.string().optional(),
  /** Whether the cookie must be Secure (the browser came over HTTPS), kept for rewrites after a refresh. */
  secure: z.boolean(),
  /** Computed at sign-in: what this portal can do and where (lib/arcgis/profile.ts). */
  profile: PortalProfileSchema,
});

export type PortalSession = z.infer<typeof SessionSchema>;

/** A session as sign-in builds it: everything but the id, which is made here. */
export type NewSession = Omit<PortalSession, 'sessionId'>;

/** The cookie outlives the token by a day so an expired session can be told apart from none. */
const COOKIE_GRACE_SECONDS = 24 * 60 * 60;
/** An OAuth session whose refresh token's life the portal did not say: the portal's default, two weeks. */
const DEFAULT_REFRESH_MS = 14 * 24 * 60 * 60_000;

function sessionOptions(portalId: string, ttlSeconds: number, secure: boolean): SessionOptions {
  return {
    password: getConfig().sessionSecret,
    cookieName: sessionCookieName(portalId),
    ttl: ttlSeconds,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  };
}

async function ironSession(portalId: string, ttlSeconds = COOKIE_GRACE_SECONDS, secure = false) {
  return getIronSession<Partial<PortalSession>>(await cookies(), sessionOptions(portalId, ttlSeconds, secure));
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

/**
 * Tokens renewed where the cookie could not be rewritten (a page render) or by another request,
 * keyed by the token they replace, so the next request in this process uses the new one rather
 * than renewing again. Bounded; entries go when their token has run out.
 */
const renewed = new Map<string, Pick<PortalSession, 'token' | 'tokenExpires'>>();
const RENEWED_MAX = 1_000;

function withRenewal(session: PortalSession): PortalSession {
  const newer = renewed.get(session.token);
  if (!newer) return session;
  if (newer.tokenExpires <= Date.now()) {
    renewed.delete(session.token);
    return session;
  }
  return { ...session, ...newer };
}

/** The `?portal=` value links to this portal carry: its id when the dashboard serves several portals, none when it serves one. */
export function portalParamOf(portalId: string): string | undefined {
  return getConfig().portals.length > 1 ? portalId : undefined;
}

/** `path` on this portal: with its `?portal=` when the dashboard serves several, unchanged when it serves one. */
export function pathOnPortal(path: string, portalId: string): string {
  return getConfig().portals.length > 1 ? withPortalParam(path, portalId) : path;
}

/** The configured portal with this id, or undefined. */
export function portalEntry(portalId: string): PortalEntry | undefined {
  return getConfig().portals.find((portal) => portal.id === portalId);
}

/**
 * The portal this request is about: the one named by the page's `?portal=` (proxy.ts) or by the
 * browser's call (lib/endpoint/client.ts), else the one last opened, else the first the admin is
 * signed in to, else the first configured. An unknown id counts as none.
 */
export async function currentPortal(): Promise<PortalEntry> {
  const { portals } = getConfig();
  const jar = await cookies();
  const named = [(await headers()).get(PORTAL_HEADER), jar.get(CURRENT_PORTAL_COOKIE)?.value];
  for (const id of named) {
    const found = id ? portals.find((portal) => portal.id === id) : undefined;
    if (found) return found;
  }
  const signedIn = new Set(
    jar
      .getAll()
      .map((cookie) => cookie.name)
      .filter(isSessionCookieName),
  );
  return portals.find((portal) => signedIn.has(sessionCookieName(portal.id))) ?? (portals[0] as PortalEntry);
}

/**
 * The portal id a request names (a page's `?portal=`, an API call's header) that this dashboard does
 * not serve, or undefined: a mistyped or outdated link must not quietly show another organization.
 */
export async function unknownPortalRequested(): Promise<string | undefined> {
  const id = (await headers()).get(PORTAL_HEADER);
  return id && !portalEntry(id) ? id : undefined;
}

/** The admin's session on one portal (default: the current one), or null. A session whose portal's URL changed in the configuration counts as none. */
export async function readSession(portal?: PortalEntry): Promise<PortalSession | null> {
  const entry = portal ?? (await currentPortal());
  const seal = (await cookies()).get(sessionCookieName(entry.id))?.value;
  if (!seal) return null;
  const session = await unsealSession(seal);
  if (!session || session.portalUrl !== entry.url || session.portalId !== entry.id) return null;
  return withRenewal(session);
}

/** Every configured portal beside the admin's session on it (null where not signed in), in configured order. */
export async function readSessions(): Promise<{ portal: PortalEntry; session: PortalSession | null }[]> {
  return Promise.all(getConfig().portals.map(async (portal) => ({ portal, session: await readSession(portal) })));
}

/** What renewing this session's OAuth tokens calls for now (lib/licensing/token-refresh.ts). */
export function sessionPlan(session: PortalSession, now: number): RefreshPlan {
  return refreshPlan({ accessExpires: session.tokenExpires, refreshToken: session.refreshToken, refreshExpires: session.refreshExpires }, now);
}

export function isTokenExpired(session: PortalSession, now = Date.now()): boolean {
  return sessionPlan(session, now) === 'expired';
}

/** One renewal per refresh token at a time in this process: parallel requests share it (as Esri's clients do). */
const renewing = new Map<string, Promise<PortalSession>>();

/**
 * The session with a fresh access token when it is within ACCESS_MARGIN_MS of its end (or
 * `force`d, after the portal refused it), renewed once with its refresh token, the cookie rewritten
 * where a response can still set one (route handlers; a page render cannot, and the renewal is
 * then remembered in this process). A session without a refresh token comes back unchanged.
 * Throws ArcGISError when the portal cannot be reached; a refused refresh token makes the session
 * expired (tokenExpires 0) so the caller sends the admin to sign in.
 */
export async function freshSession(session: PortalSession, options: { force?: boolean } = {}): Promise<PortalSession> {
  const plan = sessionPlan(session, Date.now());
  const wanted = plan === 'current' && options.force && session.refreshToken ? 'refresh' : plan;
  if ((wanted !== 'refresh' && wanted !== 'rotate') || !session.refreshToken) return session;
  const key = session.refreshToken;
  let pending = renewing.get(key);
  if (!pending) {
    pending = renew(session, wanted === 'rotate').finally(() => renewing.delete(key));
    renewing.set(key, pending);
  }
  return pending;
}

async function renew(session: PortalSession, rotate: boolean): Promise<PortalSession> {
  const entry = portalEntry(session.portalId);
  if (!entry?.clientId || !session.refreshToken || !session.redirectUri) return { ...session, tokenExpires: 0 };
  const client = { clientId: entry.clientId, clientSecret: entry.clientSecret, redirectUri: session.redirectUri };
  try {
    const tokens = await refreshTokens(session.portalUrl, client, session.refreshToken, { rotate, timeoutMs: getConfig().timeoutMs });
    const next: PortalSession = {
      ...session,
      token: tokens.accessToken,
      tokenExpires: tokens.accessExpires,
      refreshToken: tokens.refreshToken ?? session.refreshToken,
      refreshExpires: tokens.refreshToken ? tokens.refreshExpires : session.refreshExpires,
    };
    if (renewed.size >= RENEWED_MAX) renewed.delete(renewed.keys().next().value as string);
    renewed.set(session.token, { token: next.token, tokenExpires: next.tokenExpires });
    await saveSession(next).catch(() => {
      // A page render cannot set cookies; a rotated refresh token must not be lost, so pages only refresh (requirePageSession).
    });
    return next;
  } catch (error) {
    if (error instanceof ArcGISError && error.kind === 'portal') return { ...session, tokenExpires: 0, refreshToken: undefined };
    throw error;
  }
}

/** The session of a request that needs the portal: 401 when signed out or when the token has run out and cannot be renewed. */
export async function requireSession(): Promise<PortalSession> {
  const unknown = await unknownPortalRequested();
  if (unknown)
    throw new ApiError('invalid_input', `This dashboard serves no portal "${unknown}"; /portals lists the ones it does.`, { field: 'portal' });
  const found = await readSession();
  if (!found) throw new ApiError('unauthorized', 'Sign in to continue.');
  const session = await freshSession(found);
  if (isTokenExpired(session)) throw new ApiError('session_expired', 'Your portal session expired; sign in again.');
  return session;
}

function cookieSeconds(session: PortalSession): number {
  const lastsUntil = session.refreshToken ? (session.refreshExpires ?? Date.now() + DEFAULT_REFRESH_MS) : session.tokenExpires;
  return Math.max(0, Math.ceil((lastsUntil - Date.now()) / 1000)) + COOKIE_GRACE_SECONDS;
}

async function saveSession(session: PortalSession): Promise<void> {
  const cookie = await ironSession(session.portalId, cookieSeconds(session), session.secure);
  Object.assign(cookie, session);
  await cookie.save();
}

/** Keeps a new sign-in's session in its portal's cookie; returns it with its id. Route handlers only. */
export async function writeSession(session: NewSession): Promise<PortalSession> {
  const full = { ...session, sessionId: randomUUID() };
  await saveSession(full);
  return full;
}

/** Ends the admin's session on one portal; the others stay. */
export async function clearSession(portalId: string): Promise<void> {
  (await ironSession(portalId)).destroy();
}

/**
 * The connection a session's calls use. With a refresh token, a read the portal refuses with
 * 498/499 renews the token once and is retried once (lib/arcgis/connection.ts); changes never are.
 */
export function connectionFor(session: PortalSession): PortalConnection {
  return {
    portalUrl: session.portalUrl,
    token: session.token,
    referer: session.referer,
    timeoutMs: getConfig().timeoutMs,
    renewToken: session.refreshToken
      ? async () => {
          const next = await freshSession(session, { force: true });
          return next.tokenExpires > Date.now() ? next.token : undefined;
        }
      : undefined,
  };
}

/** The license operations of the signed-in admin's portal, at its profile's paths. */
export function licenseAdminOf(session: PortalSession): LicenseAdmin {
  return licenseAdmin(connectionFor(session), session.profile);
}
