import documented from '../seed/documented/portaladmin-license-11.4.json' with { type: 'json' };

// The example answers of issue 11, verbatim where the issue quotes them (README "Scenarios" lists
// which item each reproduces). Dates are fixed epoch ms, as the reports had them.

/** Item 1 (and 5): Enterprise on Kubernetes 11.0's documented organization license; its one feature expired in 2023. */
export const KUBERNETES_11_0_LICENSE = {
  licenseManagerInfo: { hostname: '', port: 0 },
  extensions: [],
  capabilities: {
    features: [
      {
        name: 'esriServerLicenseAdvanced',
        displayName: 'ArcGIS GIS Server Advanced',
        coreCount: 8,
        version: '11.0',
        canExpire: true,
        isValid: true,
        expiration: 1700000000000,
      },
    ],
  },
};

/** Item 2: a listing the portal will not show. */
export const NOT_LICENSED_BY_USER = { error: { code: 400, message: 'not licensed by user', details: [] } };

/** Item 3: an operation that failed without an error shape. */
export const STATUS_FAILED = { status: 'failed', messages: ['Unable to release the license.'] };

/** Item 4: a 10.9.1 portal, whose license lists Drone2Map under its 10.x id. */
export const PORTAL_10_9_1_ROOT = {
  isPostUpgrade: false,
  isLicensePopulated: true,
  resources: ['license', 'system', 'security', 'federation', 'logs', 'machines', 'mode'],
  isPortalLicensed: true,
  isLicenseFileRequired: false,
  isUserTypeLicensing: true,
  version: '10.9.1',
};
export const PORTAL_10_9_1_LICENSE = {
  ...documented,
  version: '10.9.1',
  apps: [
    ...documented.apps.filter((app) => app.id !== 'arcgisd2m' && app.id !== 'allsource'),
    { id: 'drone2map', itemId: '0b0e0497ace34206a67413d051530ded', maximumRegisteredMembers: 4 },
  ],
};

/** Item 6: a server that gives its own local date beside the epoch (Oct 21 in CEST is Oct 20 22:00 UTC). */
export const SERVER_LICENSES_CEST = {
  features: [
    {
      name: 'esriServerLicenseAdvanced',
      canExpire: true,
      expiration: 1792533600000,
      expirationString: 'Wed Oct 21 00:00:00 CEST 2026',
    },
  ],
};

/** Item 7: more members than seats. */
export const SEVEN_OF_FIVE = {
  currentRegisteredMembers: 7,
  maximumRegisteredMembers: 5,
  userTypes: [{ id: 'creatorUT', maximumRegisteredMembers: 5, currentRegisteredMembers: 7 }],
};

/** Item 8: the web adaptor's page while no portal machine answers (served with HTTP 200, text/html). */
export const NO_PORTAL_MACHINES_HTML =
  '<!DOCTYPE html><html><head><title>ArcGIS Web Adaptor</title></head><body><p>Could not access any Portal machines. Please contact your system administrator.</p></body></html>';

/** Item 8: a token refused moments after it was issued. */
export const INVALID_TOKEN = { error: { code: 498, message: 'Invalid token.', details: [] } };

/** Item 9: the placeholder a License Manager never configured carries. */
export const CHANGE_ME_LICENSE = { ...documented, licenseManagerInfo: { hostname: 'change.me', port: 27000 } };

/** Item 10: Creator 30 seats, 25 members hold one; getFutureLicense schedules 20 from 2029-01-01 (0 from 2030). */
export const CREATOR_30_HELD_BY_25 = {
  currentRegisteredMembers: 25,
  maximumRegisteredMembers: 30,
  version: '11.4',
  userTypes: [{ id: 'creatorUT', maximumRegisteredMembers: 30, currentRegisteredMembers: 25, expiration: 1893456000000 }],
  apps: [],
  appBundles: [],
  extensions: [],
};
export const CREATOR_30_TO_20 = {
  userTypes: [
    { id: 'creatorUT', maximumRegisteredMembers: 20, startDate: 1861920000000 },
    { id: 'creatorUT', maximumRegisteredMembers: 0, startDate: 1893456000000 },
  ],
  apps: [],
  appBundles: [],
  extensions: [],
};
