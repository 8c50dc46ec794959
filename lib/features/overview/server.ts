import 'server-only';
import { readPortalSetupFlags } from '../../arcgis/portal-admin-root';
import { getAssignmentCounts } from '../../arcgis/sharing';
import { serve } from '../../endpoint/server';
import { countsForSnapshot, licenseForSnapshot } from '../history/snapshot-on-open';
import { portalWaitingFor } from '../../licensing/portal-setup';
import { connectionFor, licenseAdminOf, type PortalSession } from '../../session';
import { countsEndpoint, licenseEndpoint, portalSetupEndpoint, type CountsView, type LicenseView } from './contract';

export async function readLicense(session: PortalSession): Promise<LicenseView> {
  return { kind: session.profile.kind, asOf: Date.now(), license: await licenseAdminOf(session).getLicense() };
}

export async function readCounts(session: PortalSession): Promise<CountsView> {
  const counts = await getAssignmentCounts(connectionFor(session), () => licenseAdminOf(session).getLicense());
  return { asOf: Date.now(), counts };
}

// On a page, the reads are noted for the license snapshot written after the response (lib/features/history/snapshot-on-open.ts).
export const license = serve(licenseEndpoint, ({ session }) => licenseForSnapshot(session, readLicense(session)));
export const counts = serve(countsEndpoint, ({ session }) => countsForSnapshot(session, readCounts(session)));

export const portalSetup = serve(portalSetupEndpoint, async ({ session }) => ({
  asOf: Date.now(),
  waitingFor: session.profile.kind === 'portal' ? portalWaitingFor(await readPortalSetupFlags(connectionFor(session))) : [],
}));
