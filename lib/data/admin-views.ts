import type { LicenseManager } from '../licensing/license-model';
import type { CheckedOutRow, ReleasableApp, ReleaseAppId } from '../licensing/releasable-apps';
import type { DeploymentKind } from './views';

// What the release and License Manager pages and their routes hand to the browser. Never a token.

export interface CheckoutsView {
  kind: DeploymentKind;
  asOf: number;
  /** The version the license reports, for the "needs 11.5" notes. */
  version: string;
  /** ArcGIS Pro, Drone2Map and AllSource as far as the license has them. */
  apps: ReleasableApp[];
  checkedOut: CheckedOutRow[];
}

export interface ReleaseResult {
  username: string;
  appId: ReleaseAppId;
  appName: string;
  message: string;
}

export interface MemberSuggestionsView {
  members: { username: string; fullName?: string; email?: string }[];
}

export interface LicenseManagerView {
  kind: DeploymentKind;
  asOf: number;
  /** Null when the portal does not report it. */
  licenseManager: LicenseManager | null;
}

export interface LicenseManagerUpdateResult {
  requested: LicenseManager;
  /** Seconds to wait before the first check on the restarting portal. */
  recheckAfterSeconds: number;
}

export interface PortalStatusView {
  reachable: boolean;
  problem?: string;
  checkedAt: number;
}
