import 'server-only';
import type { PortalConnection } from '../../arcgis/connection';
import { ArcGISError } from '../../arcgis/errors';
import { licenseAdmin } from '../../arcgis/license-admin';
import { readPortalProfile } from '../../arcgis/profile';
import { listLicensedServers } from '../../arcgis/server-admin';
import { getAssignmentCounts } from '../../arcgis/sharing';
import { generateToken, type Credentials } from '../../arcgis/sign-in';
import { isSessionProblem } from '../../arcgis/sub-request';
import type { ServerReading } from '../../licensing/expiration-sources';
import { organizationScheduledChanges, type ScheduledChange } from '../../licensing/scheduled-changes';
import { serverAuthorizations } from '../../licensing/server-licenses';
import { portalRefOf } from '../../licensing/snapshot';
import type { SnapshotInput } from '../../licensing/snapshot-of';
import type { SyncSource } from '../members/sync';

/**
 * The Referer the collector's token is bound to (generateToken client=referer, as the sign-in route
 * asks for its tokens). The collector has no browser origin, and client=requestip would tie the token
 * to an egress address that load balancers and NAT pools change between calls; a referer is any
 * string to the portal (ArcGIS API for Python sends "http"), and this one names the collector in the
 * portal's logs.
 */
const COLLECTOR_REFERER = 'arcgis-license-dashboard-collector';

/** Where the collector reads, and how it gets its token for a run. */
export interface CollectorAccount {
  portalUrl: string;
  /** ARCGIS_ORG_ID, when configured (Kubernetes). */
  orgId?: string;
  timeoutMs: number;
  /**
   * The run's portal token: generateToken with the collector's built-in account (passwordSignIn), or
   * the OAuth sign-in an admin lent it (lib/features/collector/grant.ts). Throws what signing in throws.
   */
  signIn(): Promise<string>;
}

/** The collector's token from its built-in account (generateToken, bound to COLLECTOR_REFERER). Throws ArcGISError. */
export async function passwordSignIn(portalUrl: string, credentials: Credentials, timeoutMs: number): Promise<string> {
  return (await generateToken(portalUrl, credentials, COLLECTOR_REFERER, timeoutMs)).token;
}

/** Federated servers (or Kubernetes' own) as the expirations read them; undefined when the list itself could not be read. */
async function readServers(
  connection: PortalConnection,
  profile: Awaited<ReturnType<typeof readPortalProfile>>,
): Promise<ServerReading[] | undefined> {
  try {
    const servers = await listLicensedServers(connection, profile);
    return servers.map(({ name, reading }) => ({
      name,
      result: reading.ok
        ? { ok: true as const, authorizations: serverAuthorizations(reading.licenses) }
        : { ok: false as const, reason: reading.reason },
    }));
  } catch (error) {
    if (!(error instanceof ArcGISError) || isSessionProblem(error)) throw error;
    return undefined;
  }
}

/**
 * What a snapshot and the alerts read from a signed-in portal, as the collector and "Check now" alike
 * read it: the license, app and bundle counts, server authorizations, and the organization's scheduled
 * changes as of `now` (epoch ms; `scheduled` undefined where the portal has no getFutureLicense or that
 * read failed, so the alert rule is left as it was). Throws the ArcGISError of the license read.
 */
export async function readLicenseState(
  connection: PortalConnection,
  profile: Awaited<ReturnType<typeof readPortalProfile>>,
  now: number,
): Promise<Pick<SnapshotInput, 'license' | 'counts' | 'servers'> & { scheduled?: ScheduledChange[] }> {
  const admin = licenseAdmin(connection, profile);
  const license = admin.getLicense();
  const future = profile.capabilities.futureLicense ? admin.getFutureLicense().catch(() => undefined) : Promise.resolve(undefined);
  const [read, counts, servers, scheduledRead] = await Promise.all([
    license,
    getAssignmentCounts(connection, () => license),
    readServers(connection, profile),
    future,
  ]);
  return {
    license: read,
    counts,
    servers,
    ...(scheduledRead ? { scheduled: organizationScheduledChanges(read, scheduledRead, now, counts) } : {}),
  };
}

/**
 * Signs in as the collector and reads what the overview reads (profile, license, app and
 * bundle counts, server authorizations), as the input of snapshotOf without its source, with the
 * signed-in connection the members inventory sync then reads with (`members`) and the organization's
 * scheduled changes for the alerts (readLicenseState). Throws the
 * error of the sign-in or the ArcGISError of a read the snapshot cannot do without; a password is sent
 * in the generateToken body only and is in none of the errors.
 */
export async function readPortalAsCollector(
  account: CollectorAccount,
  takenAt: number,
): Promise<Omit<SnapshotInput, 'source'> & { members: SyncSource; scheduled?: ScheduledChange[] }> {
  const connection: PortalConnection = {
    portalUrl: account.portalUrl,
    token: await account.signIn(),
    referer: COLLECTOR_REFERER,
    timeoutMs: account.timeoutMs,
  };
  const profile = await readPortalProfile(connection, account.orgId);
  const portal = portalRefOf(account.portalUrl, profile);
  return { portal, takenAt, ...(await readLicenseState(connection, profile, takenAt)), members: { connection, profile, portal } };
}
