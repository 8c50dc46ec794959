import { expiredItems, soonestUpcoming } from './expiry-buckets';
import type { OrgLicense } from './license-model';
import { memberUtilization, type Utilization } from './utilization';
import { organizationTimelineItems, type TimelineItem } from './timeline';

export interface OverviewSummary {
  version: string;
  members: Utilization;
  /** The next expiration still ahead, whatever its source (organization or an ArcGIS Server). */
  soonest?: TimelineItem & { expiration: number };
  /** Everything whose expiration has passed, oldest first. */
  expired: (TimelineItem & { expiration: number })[];
}

/**
 * The overview's headline. `items` are every dated thing the dashboard read (see
 * expiration-sources.ts: the organization's and the servers'); by default the organization's only.
 */
export function overviewSummary(
  license: OrgLicense,
  now: number,
  items: readonly TimelineItem[] = organizationTimelineItems(license),
): OverviewSummary {
  return {
    version: license.version,
    members: memberUtilization(license),
    soonest: soonestUpcoming(items, now),
    expired: expiredItems(items, now),
  };
}
