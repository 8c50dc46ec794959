import type { ListingRead } from './offline-listings';

/**
 * What a release came to once the member was read back from the app's listing:
 * - released: the listing no longer shows the member's license offline (or does not name them);
 * - still-checked-out: the portal answered success, yet the listing still shows it disconnected;
 * - unconfirmed: the portal answered success and the listing could not be read to check.
 */
export const RELEASE_OUTCOMES = ['released', 'still-checked-out', 'unconfirmed'] as const;

export interface ReleaseReport {
  outcome: (typeof RELEASE_OUTCOMES)[number];
  /** One sentence for the page. */
  message: string;
  /** Further lines: what to do, or the portal's words on why the read-back failed. */
  details: string[];
}

/** The words for a release the portal accepted, judged by re-reading the member in the app's listing (`readBack`). */
export function releaseReport(appName: string, username: string, readBack: ListingRead): ReleaseReport {
  if (readBack === undefined || !readBack.ok) {
    return {
      outcome: 'unconfirmed',
      message: `The portal accepted the release of ${appName} for ${username}, but the dashboard could not read it back to confirm.`,
      details: readBack === undefined ? [`The license names no listing for ${appName} to check.`] : [readBack.message, ...readBack.details],
    };
  }
  const entry = readBack.value.find((candidate) => candidate.username.toLowerCase() === username.toLowerCase());
  if (entry?.disconnected === true) {
    return {
      outcome: 'still-checked-out',
      message: `The portal accepted the release, but ${username}'s ${appName} license still shows as checked out.`,
      details: ['Refresh the table in a minute. If it still shows, release it again or check the portal’s logs.'],
    };
  }
  return { outcome: 'released', message: `Released ${appName} for ${username}`, details: [] };
}
