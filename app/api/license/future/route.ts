import { loadFutureLicense } from '@/lib/data/future-license';
import { json, sessionRoute } from '@/lib/http/route';

export const GET = sessionRoute(async (_request, { session }) => json(await loadFutureLicense(session)));
