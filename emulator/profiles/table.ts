// What differs between the ArcGIS Enterprise versions the demo portal can answer as: one row per
// profile, holding only what differs from the default of its kind. Sources for each difference are
// in emulator/README.md ("Versions"); apply.ts and the routes act the rows out.

export const PROFILE_NAMES = [
  'default',
  'portal-10.8',
  'portal-10.8.1',
  'portal-10.9.1',
  'portal-11.1',
  'portal-11.4',
  'portal-11.5',
  'kubernetes-10.9.1',
  'kubernetes-11.0',
  'kubernetes-11.3',
] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

type Kind = 'portal' | 'kubernetes';

/** How one deployment answers, as its version does. */
export interface VersionTraits {
  /** The version the deployment runs ("10.9.1"): the admin root's `version` / `fullVersion`. */
  version: string;
  /** The license resource reports `version` (Kubernetes 11.0 documents it without). */
  licenseReportsVersion: boolean;
  /** The license resource reports `currentRegisteredMembers` (Kubernetes 11.0 documents it without). */
  licenseReportsMemberCounts: boolean;
  /** The license resource carries `capabilities.features` (Kubernetes). */
  licenseReportsCapabilities: boolean;
  /** The id the license lists ArcGIS Drone2Map under (10.x: drone2map; 11.x: arcgisd2m). */
  drone2MapLicenseId: 'drone2map' | 'arcgisd2m';
  /** The license lists ArcGIS AllSource (an app that did not exist at 10.x). */
  allSourceListed: boolean;
  /**
   * releaseLicense: absent (Kubernetes before 11.3); `username-only` (10.x: any appId is ignored and
   * the member's ArcGIS Pro license is released); `app-id` (11.0+: appId chooses the app, ArcGIS Pro
   * when it is left out on a base portal, required on Kubernetes).
   */
  release: 'absent' | 'username-only' | 'app-id';
  /** The appId values releaseLicense accepts (app-id only). */
  releaseAppIds: readonly string[];
  /** updateLicenseManager also takes {"hostname":"","port":0} (no License Manager), 11.4+. */
  licenseManagerOptional: boolean;
  /** The License Manager the seeded license reports. */
  licenseManager: { hostname: string; port: number };
  /** The organization license also answers at …/licenses (Kubernetes: Esri's examples spell both). */
  licensesAlias: boolean;
  /** importServerLicenses is documented as deprecated (Kubernetes 11.0+; it still answers). */
  serverImportDeprecated: boolean;
  /**
   * oauth2/authorize honours code_challenge (PKCE), 10.8.1+. Before, the challenge is ignored and a
   * code exchange needs the app's client_secret instead (README, "OAuth").
   */
  pkce: boolean;
  /** oauth2/token answers refresh_token_expires_in beside a refresh token, 10.9.1+. */
  refreshTokenExpiresIn: boolean;
}

const SEEDED_LICENSE_MANAGER = { hostname: 'licensemanager.example.com', port: 27000 };
const APP_IDS_11 = ['arcgisprodesktop', 'drone2map'];
const APP_IDS_11_5 = [...APP_IDS_11, 'arcgisallsource'];

/** Esri's documented 11.4 license as both kinds answer it; only the Kubernetes one lists capabilities. */
const DEMO_11_4: VersionTraits = {
  version: '11.4',
  licenseReportsVersion: true,
  licenseReportsMemberCounts: true,
  licenseReportsCapabilities: false,
  drone2MapLicenseId: 'arcgisd2m',
  allSourceListed: true,
  release: 'app-id',
  releaseAppIds: APP_IDS_11,
  licenseManagerOptional: false,
  licenseManager: SEEDED_LICENSE_MANAGER,
  licensesAlias: false,
  serverImportDeprecated: false,
  pkce: true,
  refreshTokenExpiresIn: true,
};

/** The demo as it has always answered: both kinds at 11.4, Esri's documented 11.4 license. */
export const DEFAULT_TRAITS: Record<Kind, VersionTraits> = {
  portal: DEMO_11_4,
  kubernetes: { ...DEMO_11_4, licenseReportsCapabilities: true },
};

const TEN_X = { drone2MapLicenseId: 'drone2map', allSourceListed: false } as const;

/** Each profile: its kind and what differs from DEFAULT_TRAITS[kind]. */
export const PROFILES: Record<Exclude<ProfileName, 'default'>, { kind: Kind } & Partial<VersionTraits>> = {
  'portal-10.8': { kind: 'portal', version: '10.8', ...TEN_X, release: 'username-only', pkce: false, refreshTokenExpiresIn: false },
  'portal-10.8.1': { kind: 'portal', version: '10.8.1', ...TEN_X, release: 'username-only', refreshTokenExpiresIn: false },
  'portal-10.9.1': { kind: 'portal', version: '10.9.1', ...TEN_X, release: 'username-only' },
  'portal-11.1': { kind: 'portal', version: '11.1' },
  'portal-11.4': { kind: 'portal', version: '11.4', licenseManagerOptional: true },
  'portal-11.5': {
    kind: 'portal',
    version: '11.5',
    releaseAppIds: APP_IDS_11_5,
    licenseManagerOptional: true,
    licenseManager: { hostname: '', port: 0 },
  },
  'kubernetes-10.9.1': {
    kind: 'kubernetes',
    version: '10.9.1',
    ...TEN_X,
    release: 'absent',
    licenseManager: { hostname: 'change.me', port: 27000 },
    licensesAlias: true,
  },
  'kubernetes-11.0': {
    kind: 'kubernetes',
    version: '11.0',
    licenseReportsVersion: false,
    licenseReportsMemberCounts: false,
    release: 'absent',
    licenseManager: { hostname: '', port: 0 },
    licensesAlias: true,
    serverImportDeprecated: true,
  },
  'kubernetes-11.3': { kind: 'kubernetes', version: '11.3', licensesAlias: true, serverImportDeprecated: true },
};
