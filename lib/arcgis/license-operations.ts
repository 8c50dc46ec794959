import 'server-only';
import type { ReleaseAppId } from '../licensing/releasable-apps';
import { ReleaseLicenseResponseSchema, UpdateLicenseManagerResponseSchema } from '../schemas/license-operations';
import { portalCall, type PortalConnection } from './connection';

// The license resource's two admin actions. Both deployment kinds take the same parameters at
// <license resource>/releaseLicense and /updateLicenseManager; only the resource's path differs.

export interface LicenseManagerInfo {
  /** "primary[,backup]" */
  hostname: string;
  port: number;
}

export interface LicenseManagerUpdate {
  /** Seconds the portal asked the caller to wait before checking on it again, when it said. */
  recheckAfterSeconds?: number;
}

/** POST <license>/releaseLicense with username and appId (token in the body, as every admin POST). */
export async function releaseLicenseAt(
  connection: PortalConnection,
  licensePath: string,
  username: string,
  appId: ReleaseAppId,
): Promise<void> {
  await portalCall(connection, `${licensePath}/releaseLicense`, ReleaseLicenseResponseSchema, {
    method: 'POST',
    params: { username, appId },
  });
}

/** POST <license>/updateLicenseManager with licenseManagerInfo as JSON; the portal restarts afterwards. */
export async function updateLicenseManagerAt(
  connection: PortalConnection,
  licensePath: string,
  info: LicenseManagerInfo,
): Promise<LicenseManagerUpdate> {
  const answer = await portalCall(connection, `${licensePath}/updateLicenseManager`, UpdateLicenseManagerResponseSchema, {
    method: 'POST',
    params: { licenseManagerInfo: { hostname: info.hostname, port: info.port } },
  });
  return answer.recheckAfterSeconds === undefined ? {} : { recheckAfterSeconds: answer.recheckAfterSeconds };
}
