import { loadServerLicenses } from '@/lib/data/server-licenses';
import { json, sessionRoute } from '@/lib/http/route';

export const GET = sessionRoute(async (_request, { session }) => json(await loadServerLicenses(session)));
