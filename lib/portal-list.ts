import { z } from 'zod';

// The portals one dashboard serves (issue 15): parsed from ARCGIS_PORTALS, or the one portal of
// ARCGIS_PORTAL_URL. Pure: lib/config.ts reads the environment and the file, this only judges them.

export const SIGN_IN_METHODS = ['oauth', 'password'] as const;
/** How an admin signs in to a portal: ArcGIS OAuth 2.0 (authorization code + PKCE) or generateToken with a built-in account. */
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** One configured portal. */
export interface PortalEntry {
  /** Short stable name used in URLs (`?portal=<id>`) and cookie names: lower-case letters, digits and `-`. */
  id: string;
  /** What the header, the sign-in button ("Sign in with <name>") and /portals call it. */
  name: string;
  /** Portal root including its web adaptor (`https://gis.example.com/portal`; Kubernetes: `https://gis.example.com/arcgis`), no trailing slash. */
  url: string;
  /** Kubernetes organization id, when it should not be discovered from `<context>/admin/orgs`. */
  orgId?: string;
  /** The ways an admin may sign in, in the order the sign-in page offers them; never empty. */
  signIn: SignInMethod[];
  /** The registered app's client_id (an Application item, or Developer credentials › OAuth 2.0 from 11.4); set whenever `signIn` has `oauth`. */
  clientId?: string;
  /** The app's secret, for portals before 10.8.1 (no PKCE); kept on the server only. */
  clientSecret?: string;
  /**
   * This portal's built-in account for the collector, when it is not ARCGIS_COLLECTOR_USERNAME's: its
   * username, and the name of the environment variable holding its password (never the password: the
   * list may live in a file).
   */
  collector?: { username: string; passwordEnv: string };
}

const portalUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://gis.example.com/portal' })
  .transform((url) => url.replace(/\/+$/, ''));

const EntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, { error: 'must be 1 to 32 lower-case letters, digits or "-", such as "prod"' }),
    name: z.string().trim().min(1, { error: 'must name the portal' }).max(80, { error: 'must be at most 80 characters' }),
    url: portalUrl,
    orgId: z.string().trim().min(1).optional(),
    signIn: z
      .array(z.enum(SIGN_IN_METHODS, { error: 'must be "oauth" or "password"' }))
      .min(1, { error: 'must list at least one way to sign in' })
      .optional(),
    clientId: z.string().trim().min(1).optional(),
    clientSecret: z.string().min(1).optional(),
    collector: z
      .object({
        username: z.string().trim().min(1, { error: 'must name the built-in account' }),
        passwordEnv: z
          .string({ error: 'must name the environment variable holding the password (never the password itself), such as PROD_COLLECTOR_PASSWORD' })
          .regex(/^[A-Z_][A-Z0-9_]*$/, {
            error: 'must name the environment variable holding the password (never the password itself), such as PROD_COLLECTOR_PASSWORD',
          }),
      })
      .strict()
      .optional(),
  })
  .strict();

const ListSchema = z.array(EntrySchema).min(1, { error: 'must list at least one portal' });

export class PortalListError extends Error {
  override name = 'PortalListError';
}

/** Settings that apply to every portal. */
export interface PortalListDefaults {
  /** ARCGIS_PASSWORD_SIGNIN=off: the username/password form is offered nowhere (break-glass accounts off). */
  passwordSignIn: boolean;
}

function signInOf(entry: { signIn?: SignInMethod[]; clientId?: string }, defaults: PortalListDefaults, where: string): SignInMethod[] {
  const wanted = entry.signIn ?? (entry.clientId ? ['oauth', 'password'] : ['password']);
  const methods = defaults.passwordSignIn ? wanted : wanted.filter((method) => method !== 'password');
  if (methods.includes('oauth') && !entry.clientId)
    throw new PortalListError(`${where}.clientId must be set to sign in with OAuth (the registered app's client_id).`);
  if (methods.length === 0)
    throw new PortalListError(`${where} has no way to sign in left: password sign-in is off (ARCGIS_PASSWORD_SIGNIN=off) and no clientId is set.`);
  return [...new Set(methods)];
}

/**
 * The portal list of ARCGIS_PORTALS (its JSON text: an array of `{id, name, url, orgId?, signIn?,
 * clientId?, clientSecret?, collector?: {username, passwordEnv}}`). Throws PortalListError naming the first bad entry and field, e.g.
 * `ARCGIS_PORTALS[1].url must be an http(s) URL …`, or a repeated id or URL.
 */
export function parsePortalList(text: string, defaults: PortalListDefaults): PortalEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PortalListError(`ARCGIS_PORTALS is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const parsed = ListSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('') ?? '';
    const unknown = issue?.code === 'unrecognized_keys' ? `has an unknown field "${issue.keys.join('", "')}"` : issue?.message;
    throw new PortalListError(`ARCGIS_PORTALS${path} ${unknown}.`);
  }
  const entries = parsed.data.map((entry, index) => ({ ...entry, signIn: signInOf(entry, defaults, `ARCGIS_PORTALS[${index}]`) }));
  for (const [index, entry] of entries.entries()) {
    const earlier = entries.slice(0, index);
    if (earlier.some((other) => other.id === entry.id)) throw new PortalListError(`ARCGIS_PORTALS[${index}].id "${entry.id}" is used twice.`);
    if (earlier.some((other) => other.url === entry.url)) throw new PortalListError(`ARCGIS_PORTALS[${index}].url ${entry.url} is listed twice.`);
  }
  return entries;
}

/** The one portal of ARCGIS_PORTAL_URL (with ARCGIS_CLIENT_ID / ARCGIS_CLIENT_SECRET), as a list entry with id `main`, named after its host. */
export function singlePortal(
  settings: { url: string; orgId?: string; clientId?: string; clientSecret?: string; name?: string },
  defaults: PortalListDefaults,
): PortalEntry {
  const entry = { clientId: settings.clientId, clientSecret: settings.clientSecret };
  return {
    id: 'main',
    name: settings.name ?? new URL(settings.url).host,
    url: settings.url,
    orgId: settings.orgId,
    ...entry,
    signIn: signInOf(entry, defaults, 'ARCGIS_PORTAL_URL'),
  };
}
