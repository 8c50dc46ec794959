import { organizationLicenseView } from '../license-view';
import { fullVersion } from '../profiles/routing';
import type { Route } from '../router';

// The Portal Administrator API of a base deployment (/portaladmin).

const PORTAL_ONLY = ['portal'] as const;

export const portalAdminRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/portaladmin\/?$/,
    api: 'admin',
    auth: 'admin',
    kinds: PORTAL_ONLY,
    title: 'Portal Administrator Directory',
    handle: ({ deployment }) => ({
      isPostUpgrade: false,
      isLicensePopulated: true,
      siteKey: 'e4949632-0493-4c0b-bfc9-6fd2331a3be8',
      resources: ['license', 'system', 'security', 'federation', 'logs', 'machines', 'mode', 'privilege'],
      isPortalLicensed: true,
      isLicenseFileRequired: false,
      isUserTypeLicensing: true,
      version: fullVersion(deployment.traits.version),
      currentbuild: `${fullVersion(deployment.traits.version)}.56500`,
    }),
  },
  {
    method: 'GET',
    pattern: /^\/portaladmin\/license$/,
    api: 'admin',
    auth: 'admin',
    kinds: PORTAL_ONLY,
    title: 'License',
    handle: ({ deployment }) => organizationLicenseView(deployment.org, deployment.traits),
  },
];
