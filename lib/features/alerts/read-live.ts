import 'server-only';
import type { ScheduledChange } from '../../licensing/scheduled-changes';
import { portalRefOf, type LicenseSnapshot } from '../../licensing/snapshot';
import { snapshotOf } from '../../licensing/snapshot-of';
import { connectionFor, type PortalSession } from '../../session';
import { readLicenseState } from '../history/collect-portal';

/**
 * What "Check now" evaluates: the license as it stands, read with the admin's session (the reads the
 * collector makes: readLicenseState), and the organization's scheduled changes where the portal
 * reports them (undefined otherwise, or when that read failed: the rule is then left as it was).
 * Throws the ArcGISError of the license read.
 */
export async function readLive(
  session: PortalSession,
  now: number,
): Promise<{ snapshot: LicenseSnapshot | undefined; scheduled?: ScheduledChange[] }> {
  const { scheduled, ...state } = await readLicenseState(connectionFor(session), session.profile, now);
  const reading = snapshotOf({ portal: portalRefOf(session.portalUrl, session.profile), takenAt: now, source: 'overview', ...state });
  return { snapshot: reading.ok ? reading.snapshot : undefined, ...(scheduled ? { scheduled } : {}) };
}
