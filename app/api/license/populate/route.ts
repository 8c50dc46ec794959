import { populateLicense } from '@/lib/data/license-files';
import { json, sessionRoute } from '@/lib/http/route';

export const POST = sessionRoute(async (_request, { session }) => json(await populateLicense(session)));
