import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { PortalLicenseSchema, Unreadable } from './portal-license';

/** The entries of a parsed list that were read (every entry of the documented examples is). */
function readable<T>(list: readonly (T | Unreadable)[]): T[] {
  return list.filter((entry): entry is T => !(entry instanceof Unreadable));
}

describe('PortalLicenseSchema', () => {
  it('parses the documented 11.4 example exactly, losing nothing', () => {
    const parsed = PortalLicenseSchema.parse(documented);
    expect(parsed).toEqual(documented);
    expect(parsed.userTypes).toHaveLength(7);
    expect(parsed.apps).toHaveLength(16);
    expect(readable(parsed.userTypes).find((u) => u.id === 'creatorUT')).toEqual({
      id: 'creatorUT',
      maximumRegisteredMembers: 200,
      expiration: 1761091200000,
      currentRegisteredMembers: 53,
    });
  });

  it('keeps fields it does not know, at the top and inside entitlements', () => {
    const newer = {
      ...documented,
      licenseExpiresSoon: true,
      userTypes: [{ ...documented.userTypes[0], futureField: { a: 1 } }],
    };
    const parsed = PortalLicenseSchema.parse(newer);
    expect(parsed.licenseExpiresSoon).toBe(true);
    expect(readable(parsed.userTypes)[0]?.futureField).toEqual({ a: 1 });
  });

  it('accepts a numeric version and missing arrays (older portals)', () => {
    const parsed = PortalLicenseSchema.parse({ currentRegisteredMembers: 1, maximumRegisteredMembers: 5, version: 10.7 });
    expect(parsed.version).toBe('10.7');
    expect(parsed.apps).toEqual([]);
  });

  // Issue 11 item 1: a field of the wrong type used to fail the whole answer (naming the field);
  // now it is kept as it came, beside everything else, and the model names it (license-model.test.ts).
  it('keeps a value of the wrong type as it came, and reads the rest', () => {
    const broken = structuredClone(documented) as Record<string, unknown> & { userTypes: Record<string, unknown>[] };
    (broken.userTypes[2] as Record<string, unknown>).maximumRegisteredMembers = 'two hundred';
    const parsed = PortalLicenseSchema.parse(broken);
    expect(readable(parsed.userTypes)[2]?.maximumRegisteredMembers).toEqual(new Unreadable('two hundred'));
    expect(readable(parsed.userTypes)[2]?.currentRegisteredMembers).toBe(documented.userTypes[2]?.currentRegisteredMembers);
    expect(parsed.userTypes).toHaveLength(documented.userTypes.length);
  });

  it('reads null as not reported, and keeps other unexpected values of every typed field', () => {
    const parsed = PortalLicenseSchema.parse({
      currentRegisteredMembers: null,
      maximumRegisteredMembers: -3,
      version: { major: 11 },
      userTypes: [{ id: 'creatorUT', currentRegisteredMembers: null, expiration: '2026-10-21', itemId: 7 }],
      capabilities: { features: [{ name: 'esriServerLicenseAdvanced', canExpire: 'yes', expiration: 1.5e12, displayName: null }] },
      licenseManagerInfo: 'lm.example.com:27000',
    });
    expect(parsed.currentRegisteredMembers).toBeUndefined();
    expect(parsed.maximumRegisteredMembers).toEqual(new Unreadable(-3));
    expect(parsed.version).toEqual(new Unreadable({ major: 11 }));
    expect(parsed.userTypes[0]).toEqual({ id: 'creatorUT', expiration: new Unreadable('2026-10-21'), itemId: new Unreadable(7) });
    expect(parsed.capabilities?.features[0]).toEqual({ name: 'esriServerLicenseAdvanced', canExpire: new Unreadable('yes'), expiration: 1.5e12 });
    expect(parsed.licenseManagerInfo).toEqual(new Unreadable('lm.example.com:27000'));
  });

  // Issue 11 item 1 left this one: an entitlement without an id used to fail the whole answer (naming
  // userTypes[0].id). Nothing of that entry can be shown as an entitlement, but the rest of the license can:
  // the entry is kept as it came, the others are read (the model names it: license-model.test.ts).
  it('keeps an entitlement without an id as it came, and reads the rest of its list', () => {
    const [first, ...rest] = documented.userTypes;
    const withoutId = { ...documented, userTypes: [{ ...first, id: undefined }, ...rest] };
    const parsed = PortalLicenseSchema.parse(withoutId);
    expect(parsed.userTypes[0]).toBeInstanceOf(Unreadable);
    expect(readable(parsed.userTypes).map((u) => u.id)).toEqual(rest.map((u) => u.id));
  });

  it('keeps a server feature without a name as it came', () => {
    const parsed = PortalLicenseSchema.parse({
      capabilities: { features: [{ displayName: 'Image Server' }, { name: 'esriServerLicenseAdvanced' }] },
    });
    expect(parsed.capabilities?.features[0]).toEqual(new Unreadable({ displayName: 'Image Server' }));
    expect(parsed.capabilities?.features[1]).toEqual({ name: 'esriServerLicenseAdvanced' });
  });

  it('reads a license without member counts or version (Kubernetes 11.0) rather than refusing it', () => {
    const withoutCounts: Record<string, unknown> = { ...documented };
    delete withoutCounts.maximumRegisteredMembers;
    delete withoutCounts.currentRegisteredMembers;
    delete withoutCounts.version;
    const parsed = PortalLicenseSchema.parse(withoutCounts);
    expect(parsed.maximumRegisteredMembers).toBeUndefined();
    expect(parsed.version).toBeUndefined();
    expect(parsed.userTypes).toHaveLength(documented.userTypes.length);
  });

  it('parses licenseManagerInfo with the port as a string', () => {
    const parsed = PortalLicenseSchema.parse({ ...documented, licenseManagerInfo: { hostname: 'a.example.com,b.example.com', port: '27000' } });
    expect(parsed.licenseManagerInfo).toEqual({ hostname: 'a.example.com,b.example.com', port: 27000 });
  });
});
