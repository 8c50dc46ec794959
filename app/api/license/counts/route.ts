import { loadAssignmentCounts } from '@/lib/data/license';
import { json, sessionRoute } from '@/lib/http/route';

export const GET = sessionRoute(async (_request, { session }) => json(await loadAssignmentCounts(session)));
