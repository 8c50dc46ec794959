import type { OrgLicense } from '../licensing/license-model';
import type { AssignmentCounts } from '../licensing/utilization';

// What the dashboard's pages and its JSON routes hand to the browser: the same objects in both,
// so the server-rendered HTML and react-query's cache agree. Never a token.

export type DeploymentKind = 'portal' | 'kubernetes';

export interface LicenseView {
  kind: DeploymentKind;
  /** When the portal was asked (epoch ms): "expires in N days" is counted from here on both sides. */
  asOf: number;
  license: OrgLicense;
}

export interface CountsView {
  asOf: number;
  counts: AssignmentCounts;
}
