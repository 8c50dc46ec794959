import type { EntitlementCategory } from './license-model';

// Names as Esri's own license pages and the documented license definitions spell them.
// Ids are matched exactly first, then case-insensitively, because portals of different
// versions spell a few of them differently (allsource / arcgisallsource, Drone2MapN / arcgisd2m).
const NAMES: Record<EntitlementCategory, Record<string, string>> = {
  userType: {
    viewerUT: 'Viewer',
    storytellerUT: 'Storyteller',
    editorUT: 'Editor',
    contributorUT: 'Contributor',
    fieldWorkerUT: 'Mobile Worker',
    creatorUT: 'Creator',
    GISProfessionalBasicUT: 'GIS Professional Basic',
    GISProfessionalStdUT: 'GIS Professional Standard',
    GISProfessionalAdvUT: 'GIS Professional Advanced',
    IndoorsUserUT: 'Indoors User',
    insightsAnalystUT: 'Insights Analyst',
  },
  app: {
    arcgisprodesktop: 'ArcGIS Pro',
    arcgisd2m: 'ArcGIS Drone2Map',
    drone2map: 'ArcGIS Drone2Map',
    Drone2MapN: 'ArcGIS Drone2Map',
    allsource: 'ArcGIS AllSource',
    arcgisallsource: 'ArcGIS AllSource',
    cityEngine: 'ArcGIS CityEngine',
    Insights: 'ArcGIS Insights',
    BusinessAnlyst: 'ArcGIS Business Analyst',
    Navigator: 'ArcGIS Navigator',
    workforce: 'ArcGIS Workforce',
    arcgisUrban: 'ArcGIS Urban',
    appstudiostd: 'ArcGIS AppStudio Standard',
    runtimeanalysis: 'ArcGIS Runtime Analysis',
    QuickCapture: 'ArcGIS QuickCapture',
    survey123: 'ArcGIS Survey123',
    collector: 'ArcGIS Collector',
    fieldmaps: 'ArcGIS Field Maps',
    stMapNA: 'StreetMap Premium North America',
    stMapEU: 'StreetMap Premium Europe',
    stMapAP: 'StreetMap Premium Asia Pacific',
    stMapLatA: 'StreetMap Premium Latin America',
    stMapMEnA: 'StreetMap Premium Middle East and Africa',
  },
  appBundle: {
    urbanSuiteAB: 'ArcGIS Urban Suite',
    fieldAppsAB: 'Field Apps Bundle',
    essentialAppsAB: 'Essential Apps Bundle',
    officeAppsAB: 'Office Apps Bundle',
  },
  extension: {
    locsharing: 'Location Sharing',
    advediting: 'Advanced Editing',
    parcelFabric: 'Parcel Fabric',
    traceNetwork: 'Trace Network',
    utilityNetwork: 'Utility Network',
  },
  capability: {
    indoorsspaces: 'Indoors Spaces',
    indoorsmaps: 'Indoors Maps',
    ips: 'Indoor Positioning System',
  },
};

const LOWERCASE_NAMES: Record<EntitlementCategory, Map<string, string>> = Object.fromEntries(
  Object.entries(NAMES).map(([category, names]) => [category, new Map(Object.entries(names).map(([id, name]) => [id.toLowerCase(), name]))]),
) as Record<EntitlementCategory, Map<string, string>>;

/** The display name of a known id, or undefined: callers show the raw id for unknown ones. */
export function knownName(category: EntitlementCategory, id: string): string | undefined {
  return NAMES[category][id] ?? LOWERCASE_NAMES[category].get(id.toLowerCase());
}

/** The display name, falling back to the id itself so unknown entitlements still show. */
export function displayName(category: EntitlementCategory, id: string): string {
  return knownName(category, id) ?? id;
}

export const CATEGORY_LABELS: Record<EntitlementCategory, string> = {
  userType: 'User type',
  app: 'App',
  appBundle: 'App bundle',
  extension: 'User type extension',
  capability: 'Portal capability',
};

/** An entitlement's name: the one the portal gives it, else the dashboard's, else its id. */
export function entitlementName(entitlement: { category: EntitlementCategory; id: string; sourceName?: string }): string {
  return entitlement.sourceName ?? displayName(entitlement.category, entitlement.id);
}
