import { loadCheckouts } from '@/lib/data/release';
import { json, sessionRoute } from '@/lib/http/route';

/** Who has ArcGIS Pro, Drone2Map or AllSource checked out for offline use. */
export const GET = sessionRoute(async (_request, { session }) => json(await loadCheckouts(session)));
