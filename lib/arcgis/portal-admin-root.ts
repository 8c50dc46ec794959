import 'server-only';
import { z } from 'zod';
import type { PortalSetupFlags } from '../licensing/portal-setup';
import { portalCall, type PortalConnection } from './connection';

// A flag of another type than documented is read as not sent, rather than failing the page.
const flag = z.boolean().optional().catch(undefined);

/** GET <portal>/portaladmin (base portal): the root resource, of which only its licensing flags are read. */
const PortalAdminRootSchema = z.looseObject({
  isPostUpgrade: flag,
  isLicenseFileRequired: flag,
  isLicensePopulated: flag,
  isPortalLicensed: flag,
});

/** The /portaladmin root's licensing flags. Throws ArcGISError. */
export async function readPortalSetupFlags(connection: PortalConnection): Promise<PortalSetupFlags> {
  const { isPostUpgrade, isLicenseFileRequired, isLicensePopulated, isPortalLicensed } = await portalCall(
    connection,
    '/portaladmin',
    PortalAdminRootSchema,
  );
  return { isPostUpgrade, isLicenseFileRequired, isLicensePopulated, isPortalLicensed };
}
