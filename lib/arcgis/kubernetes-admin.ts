import 'server-only';
import { toOrgLicense } from '../licensing/license-model';
import { PortalLicenseSchema } from '../schemas/portal-license';
import { portalCall, type PortalConnection } from './connection';
import type { LicenseAdmin } from './license-admin';
import { releaseLicenseAt, updateLicenseManagerAt } from './license-operations';

/**
 * ArcGIS Enterprise on Kubernetes: the Enterprise Administrator API under
 * <context>/admin/orgs/<orgID>/license. Its license resource has the portal's fields plus
 * licenseManagerInfo and the server features under capabilities, which the model keeps as extras.
 */
export function kubernetesLicenseAdmin(connection: PortalConnection, orgId: string): LicenseAdmin {
  const licensePath = `/admin/orgs/${encodeURIComponent(orgId)}/license`;
  return {
    deployment: { kind: 'kubernetes', orgId },
    async getLicense() {
      return toOrgLicense(await portalCall(connection, licensePath, PortalLicenseSchema));
    },
    releaseLicense: (username, appId) => releaseLicenseAt(connection, licensePath, username, appId),
    updateLicenseManager: (info) => updateLicenseManagerAt(connection, licensePath, info),
  };
}
