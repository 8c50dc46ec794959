// The entitlements a member holds inside an app (the listings' userEntitlements), by the names
// ArcGIS Pro's licensing pages use. Ids as Esri's own provisioning scripts spell them
// (Esri/ago-tools: desktopBasicN, desktopStdN, desktopAdvN and the extensions).
const NAMES: Record<string, string> = {
  desktopBasicN: 'Basic',
  desktopStdN: 'Standard',
  desktopAdvN: 'Advanced',
  spatialAnalystN: 'Spatial Analyst',
  '3DAnalystN': '3D Analyst',
  networkAnalystN: 'Network Analyst',
  geostatAnalystN: 'Geostatistical Analyst',
  dataReviewerN: 'Data Reviewer',
  workflowMgrN: 'Workflow Manager',
  dataInteropN: 'Data Interoperability',
  publisherN: 'Publisher',
  imageAnalystN: 'Image Analyst',
  drone2map: 'Drone2Map',
};

const LOWERCASE = new Map(Object.entries(NAMES).map(([id, name]) => [id.toLowerCase(), name]));

export interface NamedEntitlement {
  id: string;
  name: string;
}

/** "desktopAdvN" → "Advanced"; an id we do not know is shown as it is. */
export function appEntitlementName(id: string): string {
  return NAMES[id] ?? LOWERCASE.get(id.toLowerCase()) ?? id;
}

/** Names for a member's entitlements, without the empty strings some portals list. */
export function namedEntitlements(ids: readonly string[]): NamedEntitlement[] {
  return ids.filter((id) => id.trim().length > 0).map((id) => ({ id, name: appEntitlementName(id) }));
}
