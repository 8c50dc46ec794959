import type { OrgLicense } from './license-model';
import { serverTimelineItems, type ServerAuthorization } from './server-licenses';
import { organizationTimelineItems, type TimelineItem } from './timeline';

// Everything that expires, from every source the dashboard reads: the organization license and each
// ArcGIS Server's authorizations. The overview's headline and the Expirations page both count from
// here, so they cannot disagree.

/** One server's authorizations as read (the shape of the server-licenses endpoint's servers). */
export interface ServerReading {
  name: string;
  result: { ok: true; authorizations: readonly ServerAuthorization[] } | { ok: false; reason: string };
}

export interface ExpirationSources {
  /** Every dated or undated item: the organization's, then each readable server's, labelled with its server. */
  items: TimelineItem[];
  /** Names of the servers whose authorizations are included. */
  serversRead: string[];
  /** Servers listed by the portal whose authorizations could not be read, with the reason in words. */
  unread: { name: string; reason: string }[];
  /** True when the list of servers itself is not known (its read failed or has not answered): organization only. */
  serversUnknown: boolean;
}

/** `servers` undefined: the servers could not be read (or not yet), so only the organization license counts. */
export function expirationSources(license: OrgLicense, servers: readonly ServerReading[] | undefined): ExpirationSources {
  const list = servers ?? [];
  return {
    items: [
      ...organizationTimelineItems(license),
      ...list.flatMap((server) => (server.result.ok ? serverTimelineItems(server.name, server.result.authorizations) : [])),
    ],
    serversRead: list.filter((server) => server.result.ok).map((server) => server.name),
    unread: list.flatMap((server) => (server.result.ok ? [] : [{ name: server.name, reason: server.result.reason }])),
    serversUnknown: servers === undefined,
  };
}

/**
 * What the figures cover: "Includes the organization license and 2 ArcGIS Servers." with what is
 * missing ("Not included: gis-old.example.com:6443 (connection refused)"), or that only the
 * organization license counts.
 */
export function coverageSentence(sources: ExpirationSources): string {
  if (sources.serversUnknown) return 'Only the organization license: the ArcGIS Server licenses could not be read.';
  const read = sources.serversRead.length;
  const covered =
    read === 0 ? 'Includes the organization license.' : `Includes the organization license and ${read} ArcGIS ${read === 1 ? 'Server' : 'Servers'}.`;
  return sources.unread.length === 0 ? covered : `${covered} ${notIncludedSentence(sources.unread)}`;
}

/** "Not included: gis-old.example.com:6443 (connection refused); …." */
export function notIncludedSentence(unread: readonly { name: string; reason: string }[]): string {
  return `Not included: ${unread.map((server) => `${server.name} (${server.reason})`).join('; ')}`;
}
