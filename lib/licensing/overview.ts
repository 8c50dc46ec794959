import { expiredItems, soonestUpcoming } from './expiry-buckets';
import type { OrgLicense } from './license-model';
import { memberUtilization, type Utilization } from './utilization';
import { organizationTimelineItems, type TimelineItem } from './timeline';

export interface OverviewSummary {
  version: string;
  members: Utilization;
  /** The next expiration still ahead. */
  soonest?: TimelineItem & { expiration: number };
  /** Everything whose expiration has passed, oldest first. */
  expired: (TimelineItem & { expiration: number })[];
}

export function overviewSummary(license: OrgLicense, now: number): OverviewSummary {
  const items = organizationTimelineItems(license);
  return {
    version: license.version,
    members: memberUtilization(license),
    soonest: soonestUpcoming(items, now),
    expired: expiredItems(items, now),
  };
}
