import 'server-only';
import { ApiError } from '../../http/api-error';
import type { PortalSession } from '../../session';
import type { BulkSelection } from './bulk-contract';

/**
 * The usernames a bulk change is for. Explicit usernames are taken as given (the preview reads each
 * from the portal and names the unknown ones). The filter branch is where the members page's query
 * (lib/store/member-query.ts, on another branch) is connected after the merge, with the session's
 * portal (`_session`) to read the inventory of; until then it is refused (409) rather than guessed.
 */
export async function resolveSelection(_session: PortalSession, selection: BulkSelection): Promise<string[]> {
  if (selection.usernames) return selection.usernames;
  throw new ApiError('not_supported', "Selecting by the members page's filter is not connected yet: select the members by username.");
}
