import 'server-only';
import { ApiError } from '../../http/api-error';
import { memberFilterOnly, MemberQuerySchema } from '../../licensing/member-filter';
import { portalRefOf } from '../../licensing/snapshot';
import { describeSchemaError } from '../../schemas/describe-issue';
import type { PortalSession } from '../../session';
import { appStore } from '../../store/app-store';
import { currentInventory } from '../../store/member-inventory';
import { matchingUsernames } from '../../store/member-query';
import { MAX_SELECTION, type BulkSelection } from './bulk-contract';

/**
 * The usernames a bulk change is for. Explicit usernames are taken as given (the preview reads each
 * from the portal and names the unknown ones). A filter (the /members page's URL query) is resolved
 * against the session's portal's current inventory as of `now` (epoch ms), the same members the page
 * counted. Throws ApiError: invalid_input naming `selection.filter` for a filter with a bad or unknown
 * field, or one matching no member or more than 10,000; not_supported before the first inventory;
 * StoreUnavailableError when the store is out of reach.
 */
export async function resolveSelection(session: PortalSession, selection: BulkSelection, now: number = Date.now()): Promise<string[]> {
  if (selection.usernames) return selection.usernames;
  const field = 'selection.filter';
  // Strict where the page is tolerant: a field the page would ignore must not widen who is changed.
  const parsed = MemberQuerySchema.strict().safeParse(Object.fromEntries(new URLSearchParams(selection.filter ?? '')));
  if (!parsed.success) {
    const problem = describeSchemaError(parsed.error, '(query)');
    throw new ApiError('invalid_input', `${field}: ${problem.field}: ${problem.message}`, { field });
  }
  const store = await appStore();
  const inventory = await currentInventory(store, portalRefOf(session.portalUrl, session.profile));
  if (!inventory) throw new ApiError('not_supported', 'No members inventory has been read for this portal yet: sync the members first.');
  const usernames = await matchingUsernames(store, inventory.id, memberFilterOnly(parsed.data), now, MAX_SELECTION + 1);
  if (usernames.length === 0) throw new ApiError('invalid_input', `${field}: no member matches this filter.`, { field });
  if (usernames.length > MAX_SELECTION) {
    throw new ApiError('invalid_input', `${field}: more than ${MAX_SELECTION.toLocaleString('en-US')} members match: narrow the filter.`, { field });
  }
  return usernames;
}
