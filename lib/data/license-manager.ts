import 'server-only';
import { probePortal } from '../arcgis/portal-status';
import { getConfig } from '../config';
import { licenseManagerInfo, requestedLicenseManager } from '../licensing/license-manager';
import type { LicenseManagerForm } from '../schemas/license-manager-form';
import type { PortalSession } from '../session';
import type { LicenseManagerUpdateResult, LicenseManagerView, PortalStatusView } from './admin-views';
import { sessionLicenseAdmin } from './session-license-admin';

/** The documented example's value, for a portal that does not say how long to wait. */
const DEFAULT_RECHECK_SECONDS = 20;
/** A portal asking for longer than the dashboard's whole wait would never be checked. */
const MAX_RECHECK_SECONDS = 300;
/** One status check is short: the poller asks again a few seconds later anyway. */
const PROBE_TIMEOUT_MS = 5_000;

export async function loadLicenseManager(session: PortalSession): Promise<LicenseManagerView> {
  const license = await sessionLicenseAdmin(session).getLicense();
  return { kind: session.deployment.kind, asOf: Date.now(), licenseManager: license.licenseManager ?? null };
}

export async function changeLicenseManager(session: PortalSession, form: LicenseManagerForm): Promise<LicenseManagerUpdateResult> {
  const admin = sessionLicenseAdmin(session);
  const { recheckAfterSeconds = DEFAULT_RECHECK_SECONDS } = await admin.updateLicenseManager(licenseManagerInfo(form));
  return {
    requested: requestedLicenseManager(form),
    recheckAfterSeconds: Math.min(Math.max(0, Math.round(recheckAfterSeconds)), MAX_RECHECK_SECONDS),
  };
}

/** Whether the configured portal answers, without the session's token (which a restart invalidates). */
export async function loadPortalStatus(): Promise<PortalStatusView> {
  const config = getConfig();
  const status = await probePortal(config.portalUrl, Math.min(config.timeoutMs, PROBE_TIMEOUT_MS));
  return { ...status, checkedAt: Date.now() };
}
