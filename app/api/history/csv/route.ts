import { historyCsv } from '@/lib/features/history/csv';
import { sessionRoute } from '@/lib/http/route';

export const GET = sessionRoute((request, { session }) => historyCsv(request, session));
