import 'server-only';
import { getAssignmentCounts } from '../arcgis/sharing';
import { connectionFor, type PortalSession } from '../session';
import { sessionLicenseAdmin } from './session-license-admin';
import type { CountsView, LicenseView } from './views';

export async function loadLicense(session: PortalSession): Promise<LicenseView> {
  const license = await sessionLicenseAdmin(session).getLicense();
  return { kind: session.deployment.kind, asOf: Date.now(), license };
}

export async function loadAssignmentCounts(session: PortalSession): Promise<CountsView> {
  const counts = await getAssignmentCounts(connectionFor(session), () => sessionLicenseAdmin(session).getLicense());
  return { asOf: Date.now(), counts };
}
