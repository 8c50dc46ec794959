import { DEMO_OAUTH_APP } from './seed';

// The registered app's settings that tests change (control API) and the redirect-URI rule.

/** Defaults: the access token's 30 minutes (research §2), no test cap on refresh tokens. */
const OAUTH_ACCESS_SECONDS = 1800;

export interface OAuthSettings {
  /** The demo app's registered redirect URIs (both contexts). */
  redirectUris: string[];
  /** Lifetime of an OAuth access token, in seconds. */
  accessSeconds: number;
  /** Longest refresh-token lifetime granted, in seconds, whatever `expiration` asks; undefined: the portal's own limits. */
  refreshSeconds: number | undefined;
}

/** The OAuth part of startEmulator's options (env in main.ts: EMULATOR_OAUTH_*). */
export interface OAuthOptions {
  /** The demo app's registered redirect URIs; default DEMO_OAUTH_APP.redirectUris (the dashboard on port 3000). */
  oauthRedirectUris?: readonly string[];
  /** OAuth access-token lifetime in seconds (default 1800, the portal's 30 minutes); shorter for tests. */
  oauthAccessSeconds?: number;
  /** Caps every refresh token's lifetime, in seconds, for tests (default: no cap beyond the portal's 90 days). */
  oauthRefreshSeconds?: number;
}

export function oauthSettingsFrom(options: OAuthOptions): OAuthSettings {
  return {
    redirectUris: [...(options.oauthRedirectUris ?? DEMO_OAUTH_APP.redirectUris)],
    accessSeconds: options.oauthAccessSeconds ?? OAUTH_ACCESS_SECONDS,
    refreshSeconds: options.oauthRefreshSeconds,
  };
}

/**
 * Whether `uri` may be used as the app's redirect_uri: it equals a registered URI, or continues one
 * at a path or query boundary (registered `http://localhost:3000` admits
 * `http://localhost:3000/api/auth/callback` and `http://localhost:3000?x=1`, not
 * `http://localhost:30001`). Esri documents no rule (research, open question 1): this is our choice.
 */
export function isRegisteredRedirect(registered: readonly string[], uri: string): boolean {
  return registered.some((r) => uri === r || uri.startsWith(r.endsWith('/') ? r : `${r}/`) || uri.startsWith(`${r}?`));
}

/** Refresh-token lifetime for `expiration` minutes (default 2 weeks, at most 90 days: research §2), under the test cap. */
export function refreshLifetimeMs(expirationMinutes: number, settings: OAuthSettings): number {
  const portalMs = expirationMinutes * 60_000;
  return settings.refreshSeconds === undefined ? portalMs : Math.min(portalMs, settings.refreshSeconds * 1000);
}
