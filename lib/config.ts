import 'server-only';
import { join } from 'node:path';
import { z } from 'zod';

// The only reader of process.env. Parsed on first use rather than at import so `next build`
// works without a portal configured; a bad value fails the first request with a message naming it.

const portalUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://gis.example.com/portal' })
  .transform((url) => url.replace(/\/+$/, ''));

const EnvSchema = z.object({
  ARCGIS_PORTAL_URL: portalUrl,
  ARCGIS_ORG_ID: z.string().trim().min(1).optional(),
  SESSION_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }),
  ARCGIS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  DEMO_USERNAME: z.string().min(1).optional(),
  DEMO_PASSWORD: z.string().min(1).optional(),
});

export interface DashboardConfig {
  portalUrl: string;
  orgId?: string;
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
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Dashboard configuration is invalid: ${problems.join('; ')}.`);
  }
  const env = parsed.data;
  cached = {
    portalUrl: env.ARCGIS_PORTAL_URL,
    orgId: env.ARCGIS_ORG_ID,
    sessionSecret: env.SESSION_SECRET,
    timeoutMs: env.ARCGIS_TIMEOUT_MS,
    demoCredentials: env.DEMO_USERNAME && env.DEMO_PASSWORD ? { username: env.DEMO_USERNAME, password: env.DEMO_PASSWORD } : undefined,
  };
  return cached;
}

const StoreEnvSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
});

/**
 * Where the store lives (lib/store): PostgreSQL at DATABASE_URL when set (several instances share
 * it), otherwise the embedded SQLite file `.data/store.sqlite` under the working directory. Read
 * apart from getConfig so the store needs no portal settings. Throws ConfigError naming a bad value.
 */
export function getStoreConfig(): { databaseUrl?: string; sqliteFile: string } {
  const parsed = StoreEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new ConfigError(
      `Dashboard configuration is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}.`,
    );
  }
  return { databaseUrl: parsed.data.DATABASE_URL, sqliteFile: join(process.cwd(), '.data', 'store.sqlite') };
}
