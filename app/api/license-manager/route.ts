import { changeLicenseManager, loadLicenseManager } from '@/lib/data/license-manager';
import { parseJsonBody } from '@/lib/http/body';
import { json, sessionRoute } from '@/lib/http/route';
import { LicenseManagerFormSchema } from '@/lib/schemas/license-manager-form';

export const GET = sessionRoute(async (_request, { session }) => json(await loadLicenseManager(session)));

/** Point the portal at another License Manager. The portal restarts by itself once it has answered. */
export const POST = sessionRoute(async (request, { session }) =>
  json(await changeLicenseManager(session, await parseJsonBody(request, LicenseManagerFormSchema))),
);
