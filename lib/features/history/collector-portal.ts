import { portalRefOf, type PortalRef } from '../../licensing/snapshot';
import type { PortalEntry } from '../../portal-list';

/**
 * The ref the collector's lock and runs, and the alerts, are filed under: the configured URL and
 * orgId (empty on a base portal). Not the signed-in organization id: that is only known after signing
 * in, and deciding who collects must come before (every instance signing in each interval is what the
 * lock avoids).
 */
export function configuredPortalRef(portal: Pick<PortalEntry, 'url' | 'orgId'>): PortalRef {
  return portalRefOf(portal.url, { orgId: portal.orgId });
}
