import 'server-only';
import { getAssignmentCounts } from '../../arcgis/sharing';
import { organizationScheduledChanges, type ScheduledChange } from '../../licensing/scheduled-changes';
import { portalRefOf, type LicenseSnapshot } from '../../licensing/snapshot';
import { snapshotOf } from '../../licensing/snapshot-of';
import { connectionFor, licenseAdminOf, type PortalSession } from '../../session';
import { readServers } from '../history/collect-portal';

/**
 * What "Check now" evaluates: the license as it stands, read with the admin's session (the reads the
 * collector makes: license, app and bundle counts, server authorizations), and the organization's
 * scheduled changes where the portal reports them (undefined otherwise, or when that read failed: the
 * rule is then left as it was). Throws the ArcGISError of the license read.
 */
export async function readLive(
  session: PortalSession,
  now: number,
): Promise<{ snapshot: LicenseSnapshot | undefined; scheduled?: ScheduledChange[] }> {
  const connection = connectionFor(session);
  const admin = licenseAdminOf(session);
  const license = admin.getLicense();
  const future = session.profile.capabilities.futureLicense ? admin.getFutureLicense().catch(() => undefined) : Promise.resolve(undefined);
  const [read, counts, servers, scheduledRead] = await Promise.all([
    license,
    getAssignmentCounts(connection, () => license),
    readServers(connection, session.profile),
    future,
  ]);
  const reading = snapshotOf({
    portal: portalRefOf(session.portalUrl, session.profile),
    takenAt: now,
    source: 'overview',
    license: read,
    counts,
    servers,
  });
  return {
    snapshot: reading.ok ? reading.snapshot : undefined,
    ...(scheduledRead ? { scheduled: organizationScheduledChanges(read, scheduledRead, now, counts) } : {}),
  };
}
