import { isAtLeast } from './version';

// What one portal can do and where, decided once from its kind and version (at sign-in) and kept
// in the session. Features read these flags; nothing else guesses a path or a parameter.
// Sources for each rule are in emulator/README.md ("Versions").

export const DEPLOYMENT_KINDS = ['portal', 'kubernetes'] as const;
/** ArcGIS Enterprise (Windows/Linux, Portal Administrator API) or ArcGIS Enterprise on Kubernetes. */
export type DeploymentKind = (typeof DEPLOYMENT_KINDS)[number];

/** What the header and /portals call each kind. */
export const DEPLOYMENT_KIND_LABELS: Record<DeploymentKind, string> = {
  portal: 'ArcGIS Enterprise',
  kubernetes: 'ArcGIS Enterprise on Kubernetes',
};

export interface PortalCapabilities {
  /** releaseLicense exists (base portal: always; Kubernetes: 11.3+). */
  release: boolean;
  /** releaseLicense takes appId (11.0+; the 10.x reference documents username only, which releases ArcGIS Pro). */
  releaseTakesAppId: boolean;
  /** ArcGIS AllSource can be released (11.5+). */
  allSource: boolean;
  /** The portal needs a License Manager for ArcGIS Pro concurrent use (it is optional from 11.4). */
  licenseManagerRequired: boolean;
  /**
   * importServerLicenses for the deployment's own ArcGIS Server: Enterprise on Kubernetes before 11.0,
   * which consolidated licensing into the one organization license file and deprecated the operation.
   */
  serverImport: boolean;
  /** getFutureLicense (base portal only). */
  futureLicense: boolean;
  /** populateLicense (base portal only). */
  populateLicense: boolean;
}

export interface PortalProfile {
  kind: DeploymentKind;
  /**
   * The organization: on Kubernetes the one whose license is read (`<context>/admin/orgs`); on a base
   * portal `portals/self`'s `id` (absent from sessions signed in before it was kept).
   */
  orgId?: string;
  /** The version the portal reported at sign-in ("11.4"), or undefined when it did not say. */
  version?: string;
  /** The license resource, relative to the portal URL. */
  licensePath: string;
  /** Where releaseLicense and updateLicenseManager live (before 10.7: /portaladmin/system/licenses). */
  operationsPath: string;
  capabilities: PortalCapabilities;
}

export const KUBERNETES_RELEASE_MINIMUM = '11.3';
export const ALLSOURCE_RELEASE_MINIMUM = '11.5';
export const APP_ID_MINIMUM = '11.0';
export const OPTIONAL_LICENSE_MANAGER_MINIMUM = '11.4';
/** Enterprise on Kubernetes from this version licenses its servers through the organization license file. */
export const KUBERNETES_ONE_LICENSE_FILE = '11.0';
const LICENSE_RESOURCE_MINIMUM = '10.7';

/**
 * Whether `version` is `minimum` or later, reading an unknown version as "later": the portal is then
 * left to refuse what it lacks, rather than the dashboard hiding what it may well support.
 */
function from(version: string | undefined, minimum: string): boolean {
  return version === undefined ? true : (isAtLeast(version, minimum) ?? true);
}

/** The profile of a portal of this kind and version. */
export function portalProfile(
  deployment: { kind: 'portal'; orgId?: string } | { kind: 'kubernetes'; orgId: string },
  version?: string,
): PortalProfile {
  const base = {
    ...(version ? { version } : {}),
    capabilities: {
      releaseTakesAppId: from(version, APP_ID_MINIMUM),
      allSource: from(version, ALLSOURCE_RELEASE_MINIMUM),
      licenseManagerRequired: !from(version, OPTIONAL_LICENSE_MANAGER_MINIMUM),
    },
  };
  if (deployment.kind === 'kubernetes') {
    const licensePath = `/admin/orgs/${encodeURIComponent(deployment.orgId)}/license`;
    return {
      kind: 'kubernetes',
      orgId: deployment.orgId,
      ...base,
      licensePath,
      operationsPath: licensePath,
      capabilities: {
        ...base.capabilities,
        release: from(version, KUBERNETES_RELEASE_MINIMUM),
        serverImport: !from(version, KUBERNETES_ONE_LICENSE_FILE),
        futureLicense: false,
        populateLicense: false,
      },
    };
  }
  return {
    kind: 'portal',
    ...(deployment.orgId ? { orgId: deployment.orgId } : {}),
    ...base,
    licensePath: '/portaladmin/license',
    operationsPath: from(version, LICENSE_RESOURCE_MINIMUM) ? '/portaladmin/license' : '/portaladmin/system/licenses',
    capabilities: { ...base.capabilities, release: true, serverImport: false, futureLicense: true, populateLicense: true },
  };
}

/** portals/self/userLicenseTypes was added with 11.0 (10.x answers 404); an unknown version is asked, and its 404 read as absent. */
const USER_LICENSE_TYPES_MINIMUM = '11.0';

/** Whether the portal lists which roles and apps each user type takes (portals/self/userLicenseTypes). */
export function hasUserLicenseTypes(profile: PortalProfile): boolean {
  return from(profile.version, USER_LICENSE_TYPES_MINIMUM);
}
