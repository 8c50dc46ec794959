import { describe, expect, it } from 'vitest';
import { DAY_MS } from './expiry-buckets';
import { coverageSentence, expirationSources, type ServerReading } from './expiration-sources';
import type { OrgLicense } from './license-model';
import { overviewSummary } from './overview';
import { serverAuthorizations } from './server-licenses';

const NOW = Date.UTC(2026, 10, 30);

// The demo's shape: Insights 21 days out in the organization, an Image Server feature 14 days out on
// a federated server, and a server whose machine is gone.
const license: OrgLicense = {
  version: '11.4',
  members: { used: 70, purchased: 1400 },
  extra: {},
  entitlements: [
    { category: 'app', id: 'Insights', purchased: 20, expiration: NOW + 21 * DAY_MS, extra: {} },
    { category: 'userType', id: 'creatorUT', purchased: 200, used: 53, expiration: NOW + 290 * DAY_MS, extra: {} },
  ],
};

const imageServer: ServerReading = {
  name: 'image.example.com:6443',
  result: {
    ok: true,
    authorizations: serverAuthorizations({
      features: [{ name: 'esriImageServer', displayName: 'ArcGIS Image Server', canExpire: true, expiration: NOW + 14 * DAY_MS }],
      extensions: [],
    }),
  },
};
const gone: ServerReading = { name: 'gis-old.example.com:6443', result: { ok: false, reason: 'connection refused' } };

describe('one truth about expirations', () => {
  it('puts a server authorization that expires first in the overview headline, named with its server', () => {
    const sources = expirationSources(license, [imageServer, gone]);
    const summary = overviewSummary(license, NOW, sources.items);
    expect(summary.soonest).toMatchObject({ name: 'ArcGIS Image Server', source: 'image.example.com:6443', expiration: NOW + 14 * DAY_MS });
    expect(overviewSummary(license, NOW).soonest?.name).toBe('ArcGIS Insights');
  });

  it('says what the figures cover and which servers are missing', () => {
    expect(coverageSentence(expirationSources(license, [imageServer, gone]))).toBe(
      'Includes the organization license and 1 ArcGIS Server. Not included: gis-old.example.com:6443 (connection refused)',
    );
    expect(coverageSentence(expirationSources(license, [imageServer, imageServer]))).toBe('Includes the organization license and 2 ArcGIS Servers.');
    expect(coverageSentence(expirationSources(license, []))).toBe('Includes the organization license.');
    expect(coverageSentence(expirationSources(license, undefined))).toBe(
      'Only the organization license: the ArcGIS Server licenses could not be read.',
    );
  });

  it('counts expired server authorizations with the organization’s', () => {
    const expiredServer: ServerReading = {
      name: 'gis.example.com:6443',
      result: {
        ok: true,
        authorizations: serverAuthorizations({ extensions: [{ name: 'networkserver', canExpire: true, expiration: NOW - DAY_MS }], features: [] }),
      },
    };
    const summary = overviewSummary(license, NOW, expirationSources(license, [expiredServer]).items);
    expect(summary.expired.map((item) => [item.name, item.source])).toEqual([['Network Analyst', 'gis.example.com:6443']]);
  });
});
