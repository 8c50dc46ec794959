import type { ServerResponse } from 'node:http';
import type { ErrorShape, ParsedRequest } from './http';
import type { OAuthSettings } from './oauth-app';
import type { OAuthFlows } from './oauth-flows';
import type { ProfileName, VersionTraits } from './profiles/table';
import type { OrgState } from './state';
import type { TokenStore } from './tokens';

/** A federated ArcGIS Server ('server') is served beside the base portal, sharing its members. */
export type DeploymentKind = 'portal' | 'kubernetes' | 'server';

/** One context of the emulator: a base portal at /portal, an Enterprise on Kubernetes at /arcgis, a federated server. */
export interface Deployment {
  kind: DeploymentKind;
  /** URL path prefix, e.g. "/portal". */
  context: string;
  org: OrgState;
  tokens: TokenStore;
  /** OAuth sign-ins in progress and their authorization codes. */
  oauth: OAuthFlows;
  /** Failed sign-ins per username, for the lock-out. */
  failedSignIns: Map<string, { count: number; lockedUntil: number }>;
  /** The version profile it answers as (profiles/table.ts); a federated server follows its portal's. */
  profile: ProfileName;
  traits: VersionTraits;
}

/** What a route handler may ask of the running emulator (its clock, restarts). */
export interface EmulatorRuntime {
  now(): number;
  /** Stops answering on the portal port for `seconds`, then serves again, as a portal restart does. */
  restartPortal(seconds: number): void;
  readonly restartSeconds: number;
  /** The deployment served under a context, e.g. a federated server's "/server1". */
  findDeployment(context: string): Deployment | undefined;
  /** The demo OAuth app's redirect URIs and the OAuth token lifetimes (tests change them). */
  readonly oauth: OAuthSettings;
}

export interface RouteContext {
  req: ParsedRequest;
  res: ServerResponse;
  deployment: Deployment;
  runtime: EmulatorRuntime;
  /** The signed-in user, for routes with auth other than "none". */
  username?: string;
  /** Captures of the route's pattern. */
  match: RegExpExecArray;
}

type Auth =
  /** No token needed or read. */
  | 'none'
  /** A token is read when present (portals/self answers anonymously too). */
  | 'optional'
  /** Any member's valid token. */
  | 'member'
  /** A valid token of an administrator. */
  | 'admin';

export interface Route {
  method: 'GET' | 'POST' | 'GET_POST';
  pattern: RegExp;
  api: ErrorShape;
  auth: Auth;
  /** Which deployment kinds serve it. */
  kinds: readonly DeploymentKind[];
  /** Whether the deployment's version has it at all (default: yes); where not, its path is unknown (404). */
  when?(traits: VersionTraits): boolean;
  /** Heading of the HTML page when f is not json. */
  title: string;
  handle(context: RouteContext): unknown;
}

/** An ArcGIS error a handler raises on purpose; the dispatcher writes it in the route's shape. */
export class EmulatorError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export const BOTH: readonly DeploymentKind[] = ['portal', 'kubernetes'];
