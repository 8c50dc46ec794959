import 'server-only';
import { ApiError } from '../http/api-error';
import type { PortalSession } from '../session';
import type { FutureLicenseView } from './license-file-views';
import { sessionLicenseAdmin } from './session-license-admin';

/** getFutureLicense, or why this deployment has none (Enterprise on Kubernetes lacks the operation). */
export async function loadFutureLicense(session: PortalSession): Promise<FutureLicenseView> {
  try {
    const future = await sessionLicenseAdmin(session).getFutureLicense();
    return { supported: true, asOf: Date.now(), future };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_supported') return { supported: false, message: error.message };
    throw error;
  }
}
