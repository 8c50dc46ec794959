import { describe, expect, it } from 'vitest';
import { ServerLicensesSchema } from '../schemas/server-licenses';
import { serverAuthorizations, serverTimelineItems } from './server-licenses';

// The 10.1 example of /admin/system/licenses (Esri's Server Administrator API reference), verbatim,
// and the Kubernetes example's extensions, which carry ids instead of names.
const documented101 = {
  edition: { name: 'svradvanced', version: '10.1', expiration: 1322553600000 },
  level: { name: 'svrenterprise', version: '10.1', expiration: 1322553600000 },
  datafeature: { name: 'arcsdeserver', version: '10.1', expiration: 1322553600000 },
  extensions: [
    { name: 'bingmapssvr', version: '10.1', expiration: 1322553600000, appid: 'abc123' },
    { name: 'spatialserver', version: '10.1', expiration: 1322553600000 },
    { name: 'networkserver', version: '10.1', expiration: 1322553600000 },
  ],
};

describe('server authorizations', () => {
  it('reads edition, level, features and extensions with display names and dates', () => {
    const rows = serverAuthorizations(ServerLicensesSchema.parse(documented101));
    expect(rows.map((r) => [r.kind, r.name, r.expiration])).toEqual([
      ['edition', 'ArcGIS GIS Server Advanced', 1322553600000],
      ['level', 'Enterprise', 1322553600000],
      ['extension', 'Bing Maps', 1322553600000],
      ['extension', 'Spatial Analyst', 1322553600000],
      ['extension', 'Network Analyst', 1322553600000],
    ]);
  });

  it('keeps a feature’s own display name and core count; one that cannot expire has no date', () => {
    const rows = serverAuthorizations(
      ServerLicensesSchema.parse({
        features: [
          {
            name: 'esriServerLicenseAdvanced',
            displayName: 'ArcGIS GIS Server Advanced',
            coreCount: 4,
            version: '11.4',
            canExpire: false,
            expiration: 1,
          },
        ],
        extensions: [{ id: 'arcgisips', itemId: '7fdc1ecf75f84170a5c506ef724d108d', maximumRegisteredMembers: 200, expiration: 1730332800000 }],
      }),
    );
    expect(rows[0]).toEqual({
      key: 'feature:esriServerLicenseAdvanced',
      kind: 'feature',
      id: 'esriServerLicenseAdvanced',
      name: 'ArcGIS GIS Server Advanced',
      version: '11.4',
      coreCount: 4,
      canExpire: false,
    });
    expect(rows[1]).toMatchObject({ kind: 'extension', id: 'arcgisips', expiration: 1730332800000 });
  });

  it('joins the timeline labelled with its server', () => {
    const items = serverTimelineItems('gis.example.com:6443', serverAuthorizations(ServerLicensesSchema.parse(documented101)));
    expect(items[0]).toEqual({
      key: 'server:gis.example.com:6443:edition:svradvanced',
      name: 'ArcGIS GIS Server Advanced',
      id: 'svradvanced',
      kindLabel: 'Server edition',
      source: 'gis.example.com:6443',
      expiration: 1322553600000,
    });
  });
});
