import type { LicenseFileContents } from '../licensing/license-file';
import type { ServerAuthorization } from '../licensing/server-licenses';
import type { FutureLicense } from '../schemas/future-license';
import type { CountsView, DeploymentKind, LicenseView } from './views';

// What the license-file routes and pages hand to the browser (never a token).

/** A license file the portal found valid, what it would replace, and the proof to import it with. */
export interface ValidationView {
  kind: DeploymentKind;
  asOf: number;
  fileName: string;
  file: LicenseFileContents;
  /** The organization's license and assignment counts, read right after the validation. */
  current: LicenseView;
  counts: CountsView;
  /** Sent back with the same file to import it; bound to this session and these bytes. */
  validation: { proof: string; expires: number };
}

export interface ImportResultView {
  imported: true;
  fileName: string;
  asOf: number;
}

export type FutureLicenseView =
  | { supported: true; asOf: number; future: FutureLicense }
  | { supported: false; message: string };

export interface ServerView {
  id: string;
  name: string;
  url: string;
  role?: string;
  serverFunction?: string;
  result: { ok: true; authorizations: ServerAuthorization[] } | { ok: false; reason: string };
}

export interface ServerLicensesView {
  kind: DeploymentKind;
  asOf: number;
  /** Whether this deployment imports server authorization files (Enterprise on Kubernetes). */
  canImport: boolean;
  servers: ServerView[];
}
