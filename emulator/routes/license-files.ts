import { futureLicenseView } from '../future-license';
import { readLicenseFile, type LicenseProduct } from '../license-files';
import { administratorUserTypes, applyOrgLicenseFile, myEsriLicense } from '../org-license-file';
import { EmulatorError, type Route, type RouteContext } from '../router';
import { utcMidnight } from '../seed';

// License files for the organization: validateLicense and importLicense on both kinds
// (portaladmin/license/… and admin/orgs/<orgID>/license/…), populateLicense and getFutureLicense
// on the base portal only (the Enterprise Administrator API has neither).

function orgOf({ deployment, match }: RouteContext) {
  if (deployment.kind === 'kubernetes' && match[1] !== deployment.org.orgId) {
    throw new EmulatorError(404, `Organization '${match[1]}' does not exist.`);
  }
  return deployment.org;
}

function productOf(context: RouteContext): LicenseProduct {
  return context.deployment.kind === 'kubernetes' ? 'kubernetes' : 'portal';
}

function validate(context: RouteContext): unknown {
  orgOf(context);
  const today = utcMidnight(context.runtime.now());
  const file = readLicenseFile(context.req.files.get('file')?.bytes, productOf(context), today, {
    parameter: 'file',
    headline: 'Unable to validate the license file.',
  });
  return context.req.param('listAdministratorUserTypes') === 'true' ? administratorUserTypes(file) : myEsriLicense(file, today);
}

function importLicense(context: RouteContext): unknown {
  const org = orgOf(context);
  const now = context.runtime.now();
  const today = utcMidnight(now);
  const file = readLicenseFile(context.req.files.get('file')?.bytes, productOf(context), today, {
    parameter: 'file',
    headline: 'Unable to import the license file.',
  });
  applyOrgLicenseFile(org, file, now, today);
  return { status: 'success' };
}

const PORTAL = '^\\/portaladmin\\/license';
const KUBERNETES = '^\\/admin\\/orgs\\/([^/]+)\\/license';

export const licenseFileRoutes: Route[] = [
  {
    method: 'POST',
    pattern: new RegExp(`${PORTAL}\\/validateLicense$`),
    api: 'admin',
    auth: 'admin',
    kinds: ['portal'],
    title: 'Validate License',
    handle: validate,
  },
  {
    method: 'POST',
    pattern: new RegExp(`${PORTAL}\\/importLicense$`),
    api: 'admin',
    auth: 'admin',
    kinds: ['portal'],
    title: 'Import License',
    handle: importLicense,
  },
  {
    method: 'POST',
    pattern: new RegExp(`${PORTAL}\\/populateLicense$`),
    api: 'admin',
    auth: 'admin',
    kinds: ['portal'],
    title: 'Populate License',
    // Re-applies the license the portal was created with: nothing the demo's state shows changes.
    handle: () => ({ status: 'success' }),
  },
  {
    method: 'GET',
    pattern: new RegExp(`${PORTAL}\\/getFutureLicense$`),
    api: 'admin',
    auth: 'admin',
    kinds: ['portal'],
    title: 'Get Future License',
    handle: ({ deployment }) => futureLicenseView(deployment.org),
  },
  {
    method: 'POST',
    pattern: new RegExp(`${KUBERNETES}\\/validateLicense$`),
    api: 'admin',
    auth: 'admin',
    kinds: ['kubernetes'],
    title: 'Validate License',
    handle: validate,
  },
  {
    method: 'POST',
    pattern: new RegExp(`${KUBERNETES}\\/importLicense$`),
    api: 'admin',
    auth: 'admin',
    kinds: ['kubernetes'],
    title: 'Import License',
    handle: importLicense,
  },
];
