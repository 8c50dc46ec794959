import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ADMIN, DEMO_OAUTH_APP } from '../../../emulator/seed';
import { startEmulator, type RunningEmulator } from '../../../emulator/server';
import { authorizeUrl, exchangeCode, refreshTokens, revokeToken, type OAuthClient } from '../../arcgis/oauth';
import { ArcGISError } from '../../arcgis/errors';
import { newAuthorizationRequest } from '../../oauth-response';
import type { PortalEntry } from '../../portal-list';
import { readCollectorGrant, saveCollectorGrant } from '../../store/collector-grants';
import { openStore, type Store } from '../../store/engine';
import { emptyDatabase, type EmptyDatabase } from '../../store/test-store';
import { openGrantSecret, sealGrantSecret, tokenFromGrant } from './grant';

// The collector's lent sign-in against the demo portal (a real HTTP server) and a real embedded store:
// the refresh token renews, is exchanged and written back, and a refused one is said in words.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const client: OAuthClient = { clientId: DEMO_OAUTH_APP.clientId, redirectUri: 'http://localhost:3000/api/session/oauth/callback' };
let emulator: RunningEmulator;
let portal: PortalEntry & { clientId: string };
let database: EmptyDatabase;
let store: Store;
const ref = () => ({ url: portal.url, orgId: '' });

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  vi.stubEnv('ARCGIS_PORTAL_URL', emulator.portalUrl);
  vi.stubEnv('SESSION_SECRET', 'a-session-secret-of-at-least-32-characters');
  portal = { id: 'main', name: 'Demo portal', url: emulator.portalUrl, signIn: ['oauth'], clientId: client.clientId };
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await emulator.close();
});
beforeEach(async () => {
  database = await emptyDatabase();
  store = await openStore(database.options);
});
afterEach(async () => {
  await store.close();
  await database.drop();
});

/** A refresh token of the demo admin, through the portal's own authorize page and sign-in form, as a browser gets one. */
async function signInAtPortal(): Promise<string> {
  const { state, codeVerifier, codeChallenge } = await newAuthorizationRequest();
  const page = await (await fetch(authorizeUrl(portal.url, client, { state, codeChallenge }))).text();
  const oauthState = /name="oauth_state" value="([^"]+)"/.exec(page)?.[1] ?? '';
  const signedIn = await fetch(`${portal.url}/sharing/rest/oauth2/signin`, {
    method: 'POST',
    body: new URLSearchParams({ oauth_state: oauthState, username: DEMO_ADMIN.username, password: DEMO_ADMIN.password }),
    redirect: 'manual',
  });
  const code = new URL(signedIn.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const tokens = await exchangeCode(portal.url, client, { code, codeVerifier }, 10_000);
  if (!tokens.refreshToken) throw new Error('the demo portal gave no refresh token');
  return tokens.refreshToken;
}

async function lend(refreshToken: string, refreshExpires: number | null, now: number): Promise<string> {
  const sealed = await sealGrantSecret({ refreshToken, redirectUri: client.redirectUri });
  await saveCollectorGrant(store, ref(), { username: 'admin', grantedBy: 'admin', grantedAt: now, sealed, refreshExpires, updatedAt: now });
  return sealed;
}

describe('tokenFromGrant', () => {
  it('renews the access token with the lent refresh token, which stays as it was while it has days left', async () => {
    const now = Date.now();
    const sealed = await lend(await signInAtPortal(), now + 14 * DAY, now);
    const issued = await tokenFromGrant(store, portal, ref(), { intervalMs: 6 * HOUR, timeoutMs: 10_000, now });
    expect(issued.username).toBe(DEMO_ADMIN.username);
    expect(issued.expires).toBeGreaterThan(now);
    expect((await readCollectorGrant(store, ref()))?.sealed).toBe(sealed);
  });

  it('exchanges a refresh token near its end for a new one, written back in its place; the old one no longer works', async () => {
    const now = Date.now();
    const old = await signInAtPortal();
    const sealed = await lend(old, now + 2 * HOUR, now - DAY);
    await tokenFromGrant(store, portal, ref(), { intervalMs: 6 * HOUR, timeoutMs: 10_000, now });
    const grant = await readCollectorGrant(store, ref());
    expect(grant?.sealed).not.toBe(sealed);
    expect(grant?.updatedAt).toBe(now);
    const { refreshToken } = await openGrantSecret(grant?.sealed ?? '');
    expect(refreshToken).not.toBe(old);
    await expect(refreshTokens(portal.url, client, old, { rotate: false, timeoutMs: 10_000 })).rejects.toBeInstanceOf(ArcGISError);
    await expect(refreshTokens(portal.url, client, refreshToken, { rotate: false, timeoutMs: 10_000 })).resolves.toMatchObject({ username: 'admin' });
  });

  it('says in words that an admin must lend it again when the portal refuses the refresh token, or it has ended', async () => {
    const now = Date.now();
    const token = await signInAtPortal();
    await revokeToken(portal.url, client.clientId, token, 10_000);
    await lend(token, now + 14 * DAY, now);
    const options = { intervalMs: 6 * HOUR, timeoutMs: 10_000, now };
    await expect(tokenFromGrant(store, portal, ref(), options)).rejects.toThrow(
      /^The sign-in admin lent the collector \(as admin\) no longer works: the portal refused it: .+\. An admin must let the collector sign in again on Portals\.$/,
    );
    await lend(token, now - 1, now - 14 * DAY);
    await expect(tokenFromGrant(store, portal, ref(), options)).rejects.toThrow('no longer works: its refresh token has ended.');
  });

  it('names a grant sealed with another SESSION_SECRET, and a portal nobody lent a sign-in', async () => {
    const now = Date.now();
    const options = { intervalMs: 6 * HOUR, timeoutMs: 10_000, now };
    await expect(tokenFromGrant(store, portal, ref(), options)).rejects.toThrow('No admin has let the collector sign in to Demo portal.');
    await saveCollectorGrant(store, ref(), {
      username: 'admin',
      grantedBy: 'admin',
      grantedAt: now,
      sealed: 'Fe26.2*forged',
      refreshExpires: null,
      updatedAt: now,
    });
    await expect(tokenFromGrant(store, portal, ref(), options)).rejects.toThrow('cannot be opened (was SESSION_SECRET changed?)');
  });
});
