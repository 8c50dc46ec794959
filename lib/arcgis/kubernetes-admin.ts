import 'server-only';
import { ApiError } from '../http/api-error';
import { toOrgLicense } from '../licensing/license-model';
import { OperationSuccessSchema } from '../schemas/operation-status';
import { PortalLicenseSchema } from '../schemas/portal-license';
import { ValidatedLicenseSchema } from '../schemas/validated-license';
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
    validateLicense(file) {
      // listAdministratorUserTypes is required here (default false): false asks for the license itself.
      return portalCall(connection, `${licensePath}/validateLicense`, ValidatedLicenseSchema, {
        params: { listAdministratorUserTypes: false },
        files: { file },
      });
    },
    async importLicense(file) {
      await portalCall(connection, `${licensePath}/importLicense`, OperationSuccessSchema, { files: { file } });
    },
    async populateLicense() {
      throw new ApiError(
        'not_supported',
        'ArcGIS Enterprise on Kubernetes has no Populate License operation: importing a license file applies it at once.',
      );
    },
    async getFutureLicense() {
      throw new ApiError(
        'not_supported',
        'ArcGIS Enterprise on Kubernetes does not report future license changes (it has no getFutureLicense operation). A license file’s scheduled changes show in its preview on Import license.',
      );
    },
  };
}
