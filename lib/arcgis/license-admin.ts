import 'server-only';
import type { OrgLicense } from '../licensing/license-model';
import type { ReleaseAppId } from '../licensing/releasable-apps';
import type { FutureLicense } from '../schemas/future-license';
import type { ValidatedLicense } from '../schemas/validated-license';
import type { PortalConnection } from './connection';
import type { Deployment } from './deployment';
import { kubernetesLicenseAdmin } from './kubernetes-admin';
import type { LicenseManagerInfo, LicenseManagerUpdate } from './license-operations';
import { portalLicenseAdmin } from './portal-admin';

/**
 * The organization-license operations, whichever admin API the deployment has.
 * Pages and routes talk to this interface only, never to one kind's endpoints.
 */
export interface LicenseAdmin {
  readonly deployment: Deployment;
  getLicense(): Promise<OrgLicense>;
  /** Checks in a license a member took offline (Kubernetes: 11.3+). */
  releaseLicense(username: string, appId: ReleaseAppId): Promise<void>;
  /** Points the portal at another License Manager; the portal restarts by itself afterwards. */
  updateLicenseManager(info: LicenseManagerInfo): Promise<LicenseManagerUpdate>;
  /** validateLicense: what the portal reads in a license file (MyEsri); throws the portal's refusal. */
  validateLicense(file: File): Promise<ValidatedLicense>;
  /** importLicense: applies the file, replacing the organization's user types, apps and bundles. */
  importLicense(file: File): Promise<void>;
  /** populateLicense (base portal only): applies the license the portal was created or upgraded with. */
  populateLicense(): Promise<void>;
  /** getFutureLicense (base portal only): seats that take effect on later dates. */
  getFutureLicense(): Promise<FutureLicense>;
}

export function licenseAdminFor(connection: PortalConnection, deployment: Deployment): LicenseAdmin {
  return deployment.kind === 'kubernetes'
    ? kubernetesLicenseAdmin(connection, deployment.orgId)
    : portalLicenseAdmin(connection);
}
