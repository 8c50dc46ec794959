import type { ListedEntitlement, ReleasableApp } from './releasable-apps';

// What each app's listing (content/listings/<itemId>/userEntitlements) told the release page
// about licenses taken offline. One app's listing failing, or having nothing to say, must not
// make the page claim that nobody has that app offline.

/** The portal's words on why a read failed: its first message and any further lines. */
interface PortalWords {
  message: string;
  details: string[];
}

/**
 * One app's listing, as the release page reports it:
 * - read: the listing was read; its members with disconnected:true are the app's offline licenses;
 * - failed: the portal refused the listing (its words), so the app's offline licenses are not known;
 * - unknown: there is no listing that says who has the app offline (reason in words).
 */
export type ListingStatus = { state: 'read' } | { state: 'failed'; error: PortalWords } | { state: 'unknown'; reason: string };

/** What reading an app's listing came to; undefined when the license names no listing for the app. */
export type ListingRead = { ok: true; value: readonly ListedEntitlement[] } | ({ ok: false } & PortalWords) | undefined;

/**
 * The status of one app's listing. An app the license lists without a listing of its own (one it
 * has through an app bundle) and a listing whose members carry no `disconnected` flag at all cannot
 * say who has the app offline: their offline state is unknown, not "nobody".
 */
export function listingStatus(app: Pick<ReleasableApp, 'name'>, read: ListingRead): ListingStatus {
  if (read === undefined) {
    return {
      state: 'unknown',
      reason: `The license names no listing of its own for ${app.name} (it may come with an app bundle), so who has it offline cannot be read.`,
    };
  }
  if (!read.ok) return { state: 'failed', error: { message: read.message, details: read.details } };
  if (read.value.length > 0 && read.value.every((entry) => entry.disconnected === undefined)) {
    return {
      state: 'unknown',
      reason: `The listing of ${app.name} names its members but not whose license is taken offline, so who has it offline cannot be read.`,
    };
  }
  return { state: 'read' };
}
