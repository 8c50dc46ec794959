import type { ServerLicenseItem, ServerLicenses } from '../schemas/server-licenses';
import { sourceCalendarDay } from './source-date';
import type { TimelineItem } from './timeline';

// ArcGIS Server authorizations (edition, level, features, extensions) as rows with display
// names, and as items of the expirations timeline labelled with their server.

export type AuthorizationKind = 'edition' | 'level' | 'feature' | 'extension';

export const AUTHORIZATION_KIND_LABELS: Record<AuthorizationKind, string> = {
  edition: 'Server edition',
  level: 'Server level',
  feature: 'Server feature',
  extension: 'Server extension',
};

// Names as ArcGIS Server Manager and My Esri spell them.
const NAMES: Record<string, string> = {
  svradvanced: 'ArcGIS GIS Server Advanced',
  svrstandard: 'ArcGIS GIS Server Standard',
  svrbasic: 'ArcGIS GIS Server Basic',
  svrenterprise: 'Enterprise',
  svrworkgroup: 'Workgroup',
  spatialserver: 'Spatial Analyst',
  networkserver: 'Network Analyst',
  '3dserver': '3D Analyst',
  geostatserver: 'Geostatistical Analyst',
  bingmapssvr: 'Bing Maps',
  datareviewerserver: 'Data Reviewer',
  workflowmanagerserver: 'Workflow Manager',
  arcgisimageserver: 'ArcGIS Image Server',
};

export interface ServerAuthorization {
  key: string;
  kind: AuthorizationKind;
  /** The name ArcGIS Server reports, e.g. "spatialserver". */
  id: string;
  name: string;
  version?: string;
  coreCount?: number;
  expiration?: number;
  /** The expiry day as the server wrote it ("YYYY-MM-DD" from expirationString), when it did. */
  expirationDay?: string;
  canExpire: boolean;
}

function authorization(kind: AuthorizationKind, item: ServerLicenseItem): ServerAuthorization {
  const canExpire = item.canExpire ?? item.expiration !== undefined;
  // A non-positive expiration, or one that cannot expire, is no date at all.
  const expiration = canExpire && item.expiration !== undefined && item.expiration > 0 ? item.expiration : undefined;
  const expirationDay = expiration !== undefined && item.expirationString ? sourceCalendarDay(item.expirationString) : undefined;
  return {
    key: `${kind}:${item.name}`,
    kind,
    id: item.name,
    name: item.displayName ?? NAMES[item.name] ?? item.name,
    ...(item.version ? { version: item.version } : {}),
    ...(item.coreCount !== undefined ? { coreCount: item.coreCount } : {}),
    ...(expiration !== undefined ? { expiration } : {}),
    ...(expirationDay !== undefined ? { expirationDay } : {}),
    canExpire,
  };
}

export function serverAuthorizations(licenses: ServerLicenses): ServerAuthorization[] {
  return [
    ...(licenses.edition ? [authorization('edition', licenses.edition)] : []),
    ...(licenses.level ? [authorization('level', licenses.level)] : []),
    ...licenses.features.map((f) => authorization('feature', f)),
    ...licenses.extensions.map((e) => authorization('extension', e)),
  ];
}

/** The server's dated authorizations on the expirations timeline, labelled with the server. */
export function serverTimelineItems(serverName: string, authorizations: readonly ServerAuthorization[]): TimelineItem[] {
  return authorizations.map((a) => ({
    key: `server:${serverName}:${a.key}`,
    name: a.name,
    id: a.id,
    kindLabel: AUTHORIZATION_KIND_LABELS[a.kind],
    source: serverName,
    expiration: a.expiration,
    ...(a.expirationDay !== undefined ? { expirationDay: a.expirationDay } : {}),
  }));
}
