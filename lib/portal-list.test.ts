import { describe, expect, it } from 'vitest';
import { parsePortalList, PortalListError, singlePortal } from './portal-list';

const ON = { passwordSignIn: true };
const OFF = { passwordSignIn: false };

function list(entries: unknown): string {
  return JSON.stringify(entries);
}

describe('parsePortalList', () => {
  it('reads portals in order, with OAuth offered first where a client id is set', () => {
    const portals = parsePortalList(
      list([
        { id: 'prod', name: 'Production', url: 'https://gis.example.com/portal/', clientId: 'abc123' },
        { id: 'k8s', name: 'Kubernetes', url: 'https://k8s.example.com/arcgis', orgId: '0123456789ABCDEF' },
      ]),
      ON,
    );
    expect(portals).toEqual([
      { id: 'prod', name: 'Production', url: 'https://gis.example.com/portal', clientId: 'abc123', signIn: ['oauth', 'password'] },
      { id: 'k8s', name: 'Kubernetes', url: 'https://k8s.example.com/arcgis', orgId: '0123456789ABCDEF', signIn: ['password'] },
    ]);
  });

  it('keeps an explicit choice of sign-in methods, and drops passwords when they are turned off', () => {
    const text = list([{ id: 'prod', name: 'Production', url: 'https://gis.example.com/portal', clientId: 'abc', signIn: ['password', 'oauth'] }]);
    expect(parsePortalList(text, ON)[0]?.signIn).toEqual(['password', 'oauth']);
    expect(parsePortalList(text, OFF)[0]?.signIn).toEqual(['oauth']);
  });

  it.each([
    ['not JSON', '[{', /ARCGIS_PORTALS is not valid JSON/],
    ['an empty list', '[]', /ARCGIS_PORTALS must list at least one portal/],
    [
      'a bad URL, naming the entry',
      list([
        { id: 'a', name: 'A', url: 'https://a.example.com/portal' },
        { id: 'b', name: 'B', url: 'gis' },
      ]),
      /ARCGIS_PORTALS\[1\]\.url must be an http\(s\) URL/,
    ],
    ['a bad id', list([{ id: 'Prod Portal', name: 'A', url: 'https://a.example.com/portal' }]), /ARCGIS_PORTALS\[0\]\.id must be 1 to 32 lower-case/],
    ['a missing name', list([{ id: 'a', url: 'https://a.example.com/portal' }]), /ARCGIS_PORTALS\[0\]\.name/],
    [
      'an unknown field',
      list([{ id: 'a', name: 'A', url: 'https://a.example.com/portal', password: 'x' }]),
      /ARCGIS_PORTALS\[0\] has an unknown field "password"/,
    ],
    [
      'an unknown sign-in method',
      list([{ id: 'a', name: 'A', url: 'https://a.example.com/portal', signIn: ['saml'] }]),
      /ARCGIS_PORTALS\[0\]\.signIn\[0\] must be "oauth" or "password"/,
    ],
    [
      'OAuth without a client id',
      list([{ id: 'a', name: 'A', url: 'https://a.example.com/portal', signIn: ['oauth'] }]),
      /ARCGIS_PORTALS\[0\]\.clientId must be set/,
    ],
    [
      'a repeated id',
      list([
        { id: 'a', name: 'A', url: 'https://a.example.com/portal' },
        { id: 'a', name: 'B', url: 'https://b.example.com/portal' },
      ]),
      /ARCGIS_PORTALS\[1\]\.id "a" is used twice/,
    ],
    [
      'a collector password written into the list',
      list([{ id: 'a', name: 'A', url: 'https://a.example.com/portal', collector: { username: 'svc', password: 'secret' } }]),
      /ARCGIS_PORTALS\[0\]\.collector\.passwordEnv must name the environment variable holding the password \(never the password itself\)/,
    ],
    [
      'a collector password variable that is not a variable name',
      list([{ id: 'a', name: 'A', url: 'https://a.example.com/portal', collector: { username: 'svc', passwordEnv: 'hunter2!' } }]),
      /ARCGIS_PORTALS\[0\]\.collector\.passwordEnv must name the environment variable/,
    ],
    [
      'a repeated URL',
      list([
        { id: 'a', name: 'A', url: 'https://a.example.com/portal' },
        { id: 'b', name: 'B', url: 'https://a.example.com/portal/' },
      ]),
      /ARCGIS_PORTALS\[1\]\.url https:\/\/a\.example\.com\/portal is listed twice/,
    ],
  ])('refuses %s', (_, text, message) => {
    expect(() => parsePortalList(text, ON)).toThrow(PortalListError);
    expect(() => parsePortalList(text, ON)).toThrow(message);
  });

  it('keeps a portal’s own collector account: the username and the variable holding its password', () => {
    const [portal] = parsePortalList(
      list([
        { id: 'k8s', name: 'K', url: 'https://k.example.com/arcgis', collector: { username: 'svc-license', passwordEnv: 'K8S_COLLECTOR_PASSWORD' } },
      ]),
      ON,
    );
    expect(portal?.collector).toEqual({ username: 'svc-license', passwordEnv: 'K8S_COLLECTOR_PASSWORD' });
  });

  it('refuses a portal left with no way to sign in', () => {
    expect(() => parsePortalList(list([{ id: 'a', name: 'A', url: 'https://a.example.com/portal' }]), OFF)).toThrow(/has no way to sign in left/);
  });
});

describe('singlePortal', () => {
  it('is the one portal of ARCGIS_PORTAL_URL, named after its host', () => {
    expect(singlePortal({ url: 'https://gis.example.com/portal' }, ON)).toEqual({
      id: 'main',
      name: 'gis.example.com',
      url: 'https://gis.example.com/portal',
      orgId: undefined,
      clientId: undefined,
      clientSecret: undefined,
      signIn: ['password'],
    });
    expect(singlePortal({ url: 'https://gis.example.com/portal', clientId: 'abc' }, OFF).signIn).toEqual(['oauth']);
  });
});
