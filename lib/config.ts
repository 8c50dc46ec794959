import 'server-only';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parsePortalList, PortalListError, singlePortal, type PortalEntry } from './portal-list';

// The only reader of process.env. Parsed on first use rather than at import so `next build`
// works without a portal configured; a bad value fails the first request with a message naming it.

const portalUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://gis.example.com/portal' })
  .transform((url) => url.replace(/\/+$/, ''));

const EnvSchema = z.object({
  ARCGIS_PORTAL_URL: portalUrl.optional(),
  ARCGIS_PORTALS: z.string().trim().min(1).optional(),
  ARCGIS_ORG_ID: z.string().trim().min(1).optional(),
  ARCGIS_CLIENT_ID: z.string().trim().min(1).optional(),
  ARCGIS_CLIENT_SECRET: z.string().min(1).optional(),
  ARCGIS_PASSWORD_SIGNIN: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  DASHBOARD_URL: portalUrl.optional(),
  SESSION_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }),
  ARCGIS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  DEMO_USERNAME: z.string().min(1).optional(),
  DEMO_PASSWORD: z.string().min(1).optional(),
});

export interface DashboardConfig {
  /** The portals this dashboard serves, in the order configured; the first is the default. Never empty. */
  portals: PortalEntry[];
  /**
   * The dashboard's public address (DASHBOARD_URL), when it is served behind a proxy that changes
   * the Host: the OAuth redirect URI is built from it. Unset: taken from each request.
   */
  publicUrl?: string;
  sessionSecret: string;
  timeoutMs: number;
  /** Set by `npm start` when it runs the demo portal: the sign-in page offers these. */
  demoCredentials?: { username: string; password: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

let cached: DashboardConfig | undefined;

export function getConfig(): DashboardConfig {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const env = parsed.data;
  cached = {
    portals: portalsOf(env),
    publicUrl: env.DASHBOARD_URL,
    sessionSecret: env.SESSION_SECRET,
    timeoutMs: env.ARCGIS_TIMEOUT_MS,
    demoCredentials: env.DEMO_USERNAME && env.DEMO_PASSWORD ? { username: env.DEMO_USERNAME, password: env.DEMO_PASSWORD } : undefined,
  };
  return cached;
}

/** ARCGIS_PORTALS as JSON text (starting with `[`) or the path of a JSON file; else the one portal of ARCGIS_PORTAL_URL. */
function portalsOf(env: z.output<typeof EnvSchema>): PortalEntry[] {
  const defaults = { passwordSignIn: env.ARCGIS_PASSWORD_SIGNIN === 'on' };
  try {
    if (env.ARCGIS_PORTALS) {
      const text = env.ARCGIS_PORTALS.startsWith('[') ? env.ARCGIS_PORTALS : readPortalsFile(env.ARCGIS_PORTALS);
      return parsePortalList(text, defaults);
    }
    if (!env.ARCGIS_PORTAL_URL) throw new PortalListError('ARCGIS_PORTAL_URL or ARCGIS_PORTALS must name the portal to serve.');
    return [
      singlePortal(
        { url: env.ARCGIS_PORTAL_URL, orgId: env.ARCGIS_ORG_ID, clientId: env.ARCGIS_CLIENT_ID, clientSecret: env.ARCGIS_CLIENT_SECRET },
        defaults,
      ),
    ];
  } catch (error) {
    if (error instanceof PortalListError) throw new ConfigError(`Dashboard configuration is invalid: ${error.message}`);
    throw error;
  }
}

function readPortalsFile(path: string): string {
  try {
    return readFileSync(resolve(process.cwd(), path), 'utf8');
  } catch (error) {
    throw new PortalListError(`ARCGIS_PORTALS names the file ${path}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

function invalid(issues: readonly { path: PropertyKey[]; message: string }[]): ConfigError {
  return new ConfigError(`Dashboard configuration is invalid: ${issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}.`);
}

const StoreEnvSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
  DATA_DIR: z.string().trim().min(1).default('.data'),
});

/**
 * Where the store lives (lib/store): PostgreSQL at DATABASE_URL when set (several instances share
 * it), otherwise the embedded SQLite file `store.sqlite` in DATA_DIR (default `.data` under the
 * working directory). Read apart from getConfig so the store needs no portal settings. Throws
 * ConfigError naming a bad value.
 */
export function getStoreConfig(): { databaseUrl?: string; sqliteFile: string } {
  const parsed = StoreEnvSchema.safeParse(process.env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return { databaseUrl: parsed.data.DATABASE_URL, sqliteFile: resolve(process.cwd(), parsed.data.DATA_DIR, 'store.sqlite') };
}

const HOUR_MS = 3_600_000;

// "6h", "90m", "45s", "1d" or plain milliseconds; at least a minute, so a typo cannot hammer the portal.
const interval = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?\s*(ms|s|m|h|d)?$/, { error: 'must be a duration such as 6h, 90m or 21600000 (ms)' })
  .transform((text) => {
    const [, amount = '0', unit = 'ms'] = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(text) ?? [];
    const factor = { ms: 1, s: 1_000, m: 60_000, h: HOUR_MS, d: 24 * HOUR_MS }[unit as 'ms' | 's' | 'm' | 'h' | 'd'];
    return Math.round(Number(amount) * factor);
  })
  .pipe(z.number().min(60_000, { error: 'must be at least one minute' }));

const HousekeepingEnvSchema = z.object({
  ARCGIS_COLLECTOR_USERNAME: z.string().trim().min(1).optional(),
  ARCGIS_COLLECTOR_PASSWORD: z.string().min(1).optional(),
  COLLECT_INTERVAL: interval.default(6 * HOUR_MS),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1, { error: 'must be a whole number of days, at least 1' }).default(400),
});

/** What the collector and the store's housekeeping need (lib/config is the only reader of process.env). */
export interface CollectorConfig {
  /**
   * The built-in account the collector signs in with: ARCGIS_COLLECTOR_USERNAME/PASSWORD, else the
   * demo portal's administrator in demo mode, else none (snapshots only when an admin opens the
   * overview). The password lives in this process's memory only: never stored, never logged.
   */
  credentials?: { username: string; password: string };
  /** COLLECT_INTERVAL in milliseconds (default 6 h). */
  intervalMs: number;
  /** AUDIT_RETENTION_DAYS (default 400): audit entries older than this are pruned. */
  auditRetentionDays: number;
}

/**
 * The collector's settings. Throws ConfigError naming a bad value, or when only one of
 * ARCGIS_COLLECTOR_USERNAME and ARCGIS_COLLECTOR_PASSWORD is set.
 */
export function getCollectorConfig(): CollectorConfig {
  const parsed = HousekeepingEnvSchema.safeParse(process.env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const env = parsed.data;
  if (Boolean(env.ARCGIS_COLLECTOR_USERNAME) !== Boolean(env.ARCGIS_COLLECTOR_PASSWORD)) {
    throw new ConfigError('Dashboard configuration is invalid: ARCGIS_COLLECTOR_USERNAME and ARCGIS_COLLECTOR_PASSWORD must be set together.');
  }
  const collector =
    env.ARCGIS_COLLECTOR_USERNAME && env.ARCGIS_COLLECTOR_PASSWORD
      ? { username: env.ARCGIS_COLLECTOR_USERNAME, password: env.ARCGIS_COLLECTOR_PASSWORD }
      : undefined;
  const demo =
    process.env.DEMO_USERNAME && process.env.DEMO_PASSWORD ? { username: process.env.DEMO_USERNAME, password: process.env.DEMO_PASSWORD } : undefined;
  return { credentials: collector ?? demo, intervalMs: env.COLLECT_INTERVAL, auditRetentionDays: env.AUDIT_RETENTION_DAYS };
}

/**
 * The built-in account the collector signs in to `portal` with: the portal's own (`collector` in
 * ARCGIS_PORTALS, its password read from the environment variable it names), else `collector`'s
 * (ARCGIS_COLLECTOR_USERNAME/PASSWORD, or the demo's administrator), else none. Throws ConfigError
 * naming the variable when it is not set.
 */
export function collectorAccountOf(portal: PortalEntry, collector: CollectorConfig): CollectorConfig['credentials'] {
  if (!portal.collector) return collector.credentials;
  const password = process.env[portal.collector.passwordEnv];
  if (!password)
    throw new ConfigError(
      `Dashboard configuration is invalid: the collector's password for ${portal.name} is read from ${portal.collector.passwordEnv}, which is not set.`,
    );
  return { username: portal.collector.username, password };
}

const AlertsEnvSchema = z.object({
  ALERTS_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  ALERT_MAIL_FROM: z.string().trim().min(3).optional(),
});

/** What alert delivery needs (issue 14). */
export interface AlertsConfig {
  /** Derives the key that seals channel secrets: ALERTS_SECRET, else SESSION_SECRET. */
  secret: string;
  /** The SMTP server e-mail channels use unless they name their own (smtp[s]://user:password@host:port). */
  smtpUrl?: string;
  /** The From of alert e-mails; default alerts@<the SMTP host>. */
  mailFrom?: string;
}

/** The alerts' settings. Throws ConfigError naming a bad value (or, without ALERTS_SECRET, what getConfig throws). */
export function getAlertsConfig(): AlertsConfig {
  const parsed = AlertsEnvSchema.safeParse(process.env);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const env = parsed.data;
  return { secret: env.ALERTS_SECRET ?? getConfig().sessionSecret, smtpUrl: env.SMTP_URL, mailFrom: env.ALERT_MAIL_FROM };
}
