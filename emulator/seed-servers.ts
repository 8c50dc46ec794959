import type { FederatedServer, ServerAuthorizations, ServerFeature, ServerLicenseItem } from './state';

// ArcGIS Server authorizations of the demo: the Kubernetes deployment's own server, and the base
// portal's federated servers. Names as ArcGIS Server reports them (edition svradvanced, level
// svrenterprise, feature names from the Kubernetes organization license example).

const DAY_MS = 86_400_000;

function item(name: string, version: string, expiration: number): ServerLicenseItem {
  return { name, version, canExpire: true, expiration };
}

function feature(name: string, displayName: string, coreCount: number, version: string, expiration: number): ServerFeature {
  return { displayName, isValid: true, name, expiration, canExpire: true, coreCount, version };
}

/** The Kubernetes deployment's server: Esri's documented features, plus two extensions (one within 90 days). */
export function seedKubernetesServer(today: number, version: string): ServerAuthorizations {
  const term = today + 290 * DAY_MS;
  return {
    edition: item('svradvanced', version, term),
    level: item('svrenterprise', version, term),
    features: [
      feature('esriServerLicenseAdvanced', 'ArcGIS GIS Server Advanced', 4, version, term),
      feature('esriServerSDEEnterprise', 'Enterprise Geodatabase Support', 0, version, term),
      feature('esriServerEnterprise', 'ArcGIS Server Enterprise', 0, version, term),
    ],
    extensions: [item('spatialserver', version, term), item('networkserver', version, today + 44 * DAY_MS)],
  };
}

/**
 * The base portal's federated servers: a hosting server and an image server served by this
 * emulator (/server1, /server2), and one whose machine is gone, so a dashboard must list it with
 * the reason and still show the others.
 */
export function seedFederatedServers(today: number, version: string): FederatedServer[] {
  const term = today + 290 * DAY_MS;
  return [
    {
      id: 'A5jgUpHKuk8thd8R',
      name: 'gis.example.com:6443',
      context: '/server1',
      serverRole: 'HOSTING_SERVER',
      serverFunction: '',
      serverType: 'ArcGIS',
      adminUrlField: 'adminUrl',
      authorizations: {
        edition: item('svradvanced', version, term),
        level: item('svrenterprise', version, term),
        features: [
          feature('esriServerLicenseAdvanced', 'ArcGIS GIS Server Advanced', 8, version, term),
          feature('esriServerSDEEnterprise', 'Enterprise Geodatabase Support', 0, version, term),
        ],
        extensions: [item('spatialserver', version, term), item('networkserver', version, today + 61 * DAY_MS)],
      },
    },
    {
      id: 'qNToMlTRZivoziTW',
      name: 'image.example.com:6443',
      context: '/server2',
      serverRole: 'FEDERATED_SERVER',
      serverFunction: 'ImageHosting,RasterAnalytics',
      serverType: 'ArcGIS',
      adminUrlField: 'adminURL',
      authorizations: {
        edition: item('svradvanced', version, term),
        level: item('svrenterprise', version, term),
        features: [feature('esriImageServer', 'ArcGIS Image Server', 8, version, today + 14 * DAY_MS)],
        extensions: [],
      },
    },
    {
      id: '07YfVcO6qk2iwqF7',
      name: 'gis-old.example.com:6443',
      // Port 2 on the loopback: nothing listens there, so a connection is refused at once (fetch
      // refuses port 1 itself as a "bad port", which would not be the failure a real server gives).
      unreachableUrl: 'http://127.0.0.1:2/arcgis',
      serverRole: 'FEDERATED_SERVER',
      serverFunction: '',
      serverType: 'ArcGIS',
      adminUrlField: 'adminUrl',
      authorizations: { features: [], extensions: [] },
    },
  ];
}
