import { memberCounts, type OrgState } from './state';

/** The license resource as /portaladmin/license answers: the stored license plus member counts. */
export function portalLicenseView(org: OrgState): Record<string, unknown> {
  const perUserType = memberCounts(org, 'userLicenseType');
  const { license } = org;
  return {
    currentRegisteredMembers: org.members.length,
    maximumRegisteredMembers: license.maximumRegisteredMembers,
    version: license.version,
    userTypes: license.userTypes.map((e) => ({
      id: e.id,
      maximumRegisteredMembers: e.maximumRegisteredMembers,
      expiration: e.expiration,
      currentRegisteredMembers: perUserType.get(e.id) ?? 0,
    })),
    appBundles: license.appBundles,
    apps: license.apps,
    extensions: license.extensions,
    portalCapabilities: license.portalCapabilities,
    licenseManagerInfo: org.licenseManager,
  };
}

/** The Kubernetes organization license: the same fields plus the ArcGIS Server features. */
export function kubernetesLicenseView(org: OrgState): Record<string, unknown> {
  return {
    ...portalLicenseView(org),
    capabilities: { features: org.serverAuthorizations.features },
  };
}
