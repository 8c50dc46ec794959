import { releaseCheckedOutLicense } from '@/lib/data/release';
import { parseJsonBody } from '@/lib/http/body';
import { json, sessionRoute } from '@/lib/http/route';
import { ReleaseLicenseSchema } from '@/lib/schemas/release-license';

/** Release one member's checked-out license: sent once; the portal's refusal comes back in its words. */
export const POST = sessionRoute(async (request, { session }) =>
  json(await releaseCheckedOutLicense(session, await parseJsonBody(request, ReleaseLicenseSchema))),
);
