import 'server-only';
import { probePortal } from '../../arcgis/portal-status';
import { getConfig } from '../../config';
import { serve, servePublic } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { licenseManagerInfo, requestedLicenseManager } from '../../licensing/license-manager';
import { licenseAdminOf, readSession } from '../../session';
import { audited } from '../audit/audited';
import { forgetRestartEndpoint, licenseManagerEndpoint, portalStatusEndpoint, updateLicenseManagerEndpoint } from './contract';
import { forgetRestart, rememberRestart } from './restart-cookie';

/** The documented example's value, for a portal that does not say how long to wait. */
const DEFAULT_RECHECK_SECONDS = 20;
/** A portal asking for longer than the dashboard's whole wait would never be checked. */
const MAX_RECHECK_SECONDS = 300;
/** One status check is short: the poller asks again a few seconds later anyway. */
const PROBE_TIMEOUT_MS = 5_000;

export const licenseManager = serve(licenseManagerEndpoint, async ({ session }) => {
  const license = await licenseAdminOf(session).getLicense();
  return {
    kind: session.profile.kind,
    asOf: Date.now(),
    licenseManager: license.licenseManager ?? null,
    ...(session.profile.version ? { version: session.profile.version } : {}),
    licenseManagerRequired: session.profile.capabilities.licenseManagerRequired,
  };
});

/**
 * updateLicenseManager, once, audited (the hosts and port); an accepted change is remembered
 * (restart-cookie.ts) until the page has told how it ended.
 */
export const updateLicenseManager = serve(updateLicenseManagerEndpoint, async ({ session, input }) => {
  const info = licenseManagerInfo(input);
  const { recheckAfterSeconds = DEFAULT_RECHECK_SECONDS } = await audited(
    session,
    { action: 'update-license-manager', target: info.hostname, parameters: { hostname: info.hostname, port: info.port } },
    () => licenseAdminOf(session).updateLicenseManager(info),
  );
  const result = {
    requested: requestedLicenseManager(input),
    recheckAfterSeconds: Math.min(Math.max(0, Math.round(recheckAfterSeconds)), MAX_RECHECK_SECONDS),
  };
  await rememberRestart({ ...result, acceptedAt: Date.now() }, session);
  return result;
});

/**
 * Forgets the remembered restart. Needs a dashboard session but not a working portal token: it is
 * called after the restart, which invalidates them, and it only drops the caller's own cookie.
 */
export const forgetRestartRoute = servePublic(forgetRestartEndpoint, async () => {
  if (!(await readSession())) throw new ApiError('unauthorized', 'Sign in to continue.');
  await forgetRestart();
  return { forgotten: true as const };
});

/**
 * Whether the portal answers, for the page waiting out a restart. It needs a dashboard session but
 * not a working portal token: the restart invalidates every token, and this is how the page learns
 * the portal is back. It reveals nothing but up or down, and only for the portal the admin is signed in to.
 */
export const portalStatus = servePublic(portalStatusEndpoint, async () => {
  const session = await readSession();
  if (!session) throw new ApiError('unauthorized', 'Sign in to continue.');
  const status = await probePortal(session.portalUrl, Math.min(getConfig().timeoutMs, PROBE_TIMEOUT_MS));
  return { ...status, checkedAt: Date.now() };
});
