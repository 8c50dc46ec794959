import 'server-only';
import { serve } from '../../endpoint/server';
import { licenseAdminOf } from '../../session';
import { futureLicenseEndpoint } from './contract';

const NO_FUTURE_LICENSE =
  'ArcGIS Enterprise on Kubernetes does not report future license changes. A license file’s scheduled changes show in its preview on Import license.';

/** getFutureLicense where the portal profile has it; otherwise why not, as data rather than an error. */
export const futureLicense = serve(futureLicenseEndpoint, async ({ session }) => {
  if (!session.profile.capabilities.futureLicense) return { supported: false as const, message: NO_FUTURE_LICENSE };
  return { supported: true as const, asOf: Date.now(), future: await licenseAdminOf(session).getFutureLicense() };
});
