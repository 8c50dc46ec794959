import { loadMemberSuggestions } from '@/lib/data/release';
import { parseQuery } from '@/lib/http/query';
import { json, sessionRoute } from '@/lib/http/route';
import { MemberSearchQuerySchema } from '@/lib/schemas/member-search';

/** Member suggestions as the admin types a username. */
export const GET = sessionRoute(async (request, { session }) =>
  json(await loadMemberSuggestions(session, parseQuery(request, MemberSearchQuerySchema).q)),
);
