import 'server-only';
import { licenseAdminFor } from '../arcgis/license-admin';
import { getAssignmentCounts } from '../arcgis/sharing';
import { connectionFor, type PortalSession } from '../session';
import type { CountsView, LicenseView } from './views';

export async function loadLicense(session: PortalSession): Promise<LicenseView> {
  const license = await licenseAdminFor(connectionFor(session), session.deployment).getLicense();
  return { kind: session.deployment.kind, asOf: Date.now(), license };
}

export async function loadAssignmentCounts(session: PortalSession): Promise<CountsView> {
  const connection = connectionFor(session);
  const counts = await getAssignmentCounts(connection, () =>
    licenseAdminFor(connection, session.deployment).getLicense(),
  );
  return { asOf: Date.now(), counts };
}
