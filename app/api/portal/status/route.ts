import { loadPortalStatus } from '@/lib/data/license-manager';
import { ApiError } from '@/lib/http/api-error';
import { json, publicRoute } from '@/lib/http/route';
import { readSession } from '@/lib/session';

/**
 * Whether the portal answers, for the page waiting out a restart. It needs a dashboard session but
 * not a working portal token: the restart invalidates every token, and this is how the page learns
 * the portal is back. It reveals nothing but up or down, and only for the configured portal.
 */
export const GET = publicRoute(async () => {
  if (!(await readSession())) throw new ApiError('unauthorized', 'Sign in to continue.');
  return json(await loadPortalStatus());
});
