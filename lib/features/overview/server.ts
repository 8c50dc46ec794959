import 'server-only';
import { getAssignmentCounts } from '../../arcgis/sharing';
import { serve } from '../../endpoint/server';
import { connectionFor, licenseAdminOf, type PortalSession } from '../../session';
import { countsEndpoint, licenseEndpoint, type CountsView, type LicenseView } from './contract';

export async function readLicense(session: PortalSession): Promise<LicenseView> {
  return { kind: session.profile.kind, asOf: Date.now(), license: await licenseAdminOf(session).getLicense() };
}

export async function readCounts(session: PortalSession): Promise<CountsView> {
  const counts = await getAssignmentCounts(connectionFor(session), () => licenseAdminOf(session).getLicense());
  return { asOf: Date.now(), counts };
}

export const license = serve(licenseEndpoint, ({ session }) => readLicense(session));
export const counts = serve(countsEndpoint, ({ session }) => readCounts(session));
