import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { PortalLicenseSchema } from '../schemas/portal-license';
import { entitlementsOf, parseLicenseManagerHosts, toOrgLicense } from './license-model';

const license = toOrgLicense(PortalLicenseSchema.parse(documented));

describe('toOrgLicense', () => {
  it('turns the documented example into one model with every entitlement', () => {
    expect(license.version).toBe('11.4');
    expect(license.members).toEqual({ used: 70, purchased: 1400 });
    expect(entitlementsOf(license, 'userType')).toHaveLength(7);
    expect(entitlementsOf(license, 'app')).toHaveLength(16);
    expect(entitlementsOf(license, 'appBundle')).toHaveLength(1);
    expect(entitlementsOf(license, 'extension')).toHaveLength(2);
    expect(entitlementsOf(license, 'capability')).toHaveLength(3);
    expect(license.entitlements.find((e) => e.id === 'creatorUT')).toEqual({
      category: 'userType',
      id: 'creatorUT',
      purchased: 200,
      used: 53,
      expiration: 1761091200000,
      extra: {},
    });
    expect(license.extra).toEqual({});
    expect(license.licenseManager).toBeUndefined();
  });

  it('keeps unknown ids and unknown fields', () => {
    const raw = PortalLicenseSchema.parse({
      ...documented,
      userTypes: [{ id: 'quantumUT', maximumRegisteredMembers: 3, currentRegisteredMembers: 1, expiration: 1, color: 'teal' }],
      capabilities: { features: [{ name: 'esriServerLicenseAdvanced' }] },
    });
    const model = toOrgLicense(raw);
    expect(model.entitlements[0]).toMatchObject({ id: 'quantumUT', extra: { color: 'teal' } });
    expect(model.extra).toEqual({ capabilities: { features: [{ name: 'esriServerLicenseAdvanced' }] } });
  });

  it('treats a non-positive expiration as none rather than 1970', () => {
    const raw = PortalLicenseSchema.parse({
      ...documented,
      apps: [
        { id: 'x', expiration: -1 },
        { id: 'y', expiration: 0 },
      ],
    });
    expect(entitlementsOf(toOrgLicense(raw), 'app').map((e) => e.expiration)).toEqual([undefined, undefined]);
  });

  it('splits the License Manager host list', () => {
    const raw = PortalLicenseSchema.parse({ ...documented, licenseManagerInfo: { hostname: 'lm1.example.com, lm2.example.com', port: 27000 } });
    expect(toOrgLicense(raw).licenseManager).toEqual({ hosts: ['lm1.example.com', 'lm2.example.com'], port: 27000 });
    expect(parseLicenseManagerHosts('')).toEqual([]);
  });

  it('reads the unconfigured License Manager of the Kubernetes example as not reported', () => {
    const raw = PortalLicenseSchema.parse({ ...documented, licenseManagerInfo: { hostname: '', port: 0 } });
    expect(toOrgLicense(raw).licenseManager).toBeUndefined();
  });

  it('reads every other field when some have an unexpected type, and names those with their values as they came', () => {
    const broken = structuredClone(documented) as typeof documented & { userTypes: Record<string, unknown>[] };
    Object.assign(broken.userTypes[1] as Record<string, unknown>, { maximumRegisteredMembers: 'two hundred', currentRegisteredMembers: null });
    Object.assign(broken.userTypes[2] as Record<string, unknown>, { expiration: '2026-10-21' });
    const model = toOrgLicense(PortalLicenseSchema.parse({ ...broken, currentRegisteredMembers: '70' }));
    const [second, third] = [broken.userTypes[1], broken.userTypes[2]].map((raw) => model.entitlements.find((e) => e.id === raw?.id));
    expect(entitlementsOf(model, 'userType')).toHaveLength(7);
    expect(entitlementsOf(model, 'app')).toHaveLength(16);
    expect(second).toMatchObject({ category: 'userType', extra: {} });
    expect(second?.purchased).toBeUndefined();
    expect(second?.used).toBeUndefined();
    expect(second?.expiration).toBe(documented.userTypes[1]?.expiration);
    expect(third?.expiration).toBeUndefined();
    expect(third?.purchased).toBe(documented.userTypes[2]?.maximumRegisteredMembers);
    expect(model.members).toEqual({ purchased: 1400 });
    // null is "not reported", not unreadable: only values of another type are listed.
    expect(model.unreadable).toEqual([
      { path: 'userTypes[1].maximumRegisteredMembers', value: 'two hundred', expected: 'a number', entitlementId: second?.id },
      { path: 'userTypes[2].expiration', value: '2026-10-21', expected: 'a date', entitlementId: third?.id },
      { path: 'currentRegisteredMembers', value: '70', expected: 'a number' },
    ]);
  });

  it('names unreadable feature fields and License Manager, and lists nothing when everything was read', () => {
    const raw = PortalLicenseSchema.parse({
      ...documented,
      capabilities: { features: [{ name: 'esriServerLicenseAdvanced', canExpire: 'yes', expiration: 1700000000000 }] },
      licenseManagerInfo: 'lm.example.com:27000',
    });
    const model = toOrgLicense(raw);
    // A canExpire that cannot be read does not hide the date: the feature still counts as expiring.
    expect(entitlementsOf(model, 'capability').at(-1)).toMatchObject({ id: 'esriServerLicenseAdvanced', expiration: 1700000000000 });
    expect(model.licenseManager).toBeUndefined();
    expect(model.unreadable).toEqual([
      { path: 'capabilities.features[0].canExpire', value: 'yes', expected: 'true or false', entitlementId: 'esriServerLicenseAdvanced' },
      { path: 'licenseManagerInfo', value: 'lm.example.com:27000', expected: 'a License Manager host and port' },
    ]);
    expect(license.unreadable).toBeUndefined();
  });

  it('leaves an entitlement without an id (or a feature without a name) out of the figures and names it as it came', () => {
    const [first, ...rest] = documented.userTypes;
    const raw = PortalLicenseSchema.parse({
      ...documented,
      userTypes: [{ ...first, id: undefined }, ...rest],
      capabilities: { features: [{ displayName: 'Image Server', canExpire: true, expiration: 1700000000000 }] },
    });
    const model = toOrgLicense(raw);
    expect(entitlementsOf(model, 'userType').map((e) => e.id)).toEqual(rest.map((u) => u.id));
    expect(entitlementsOf(model, 'app')).toHaveLength(16);
    expect(model.unreadable).toEqual([
      { path: 'userTypes[0]', value: { ...first, id: undefined }, expected: 'an entitlement with an id' },
      {
        path: 'capabilities.features[0]',
        value: { displayName: 'Image Server', canExpire: true, expiration: 1700000000000 },
        expected: 'a feature with a name',
      },
    ]);
  });
});
