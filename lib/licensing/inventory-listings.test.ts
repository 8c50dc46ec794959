import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { PortalLicenseSchema } from '../schemas/portal-license';
import { inventoryListings } from './inventory-listings';
import { toOrgLicense } from './license-model';

describe('inventoryListings', () => {
  it("is every licensed app with a listing itemId, named, in the license's order: not only the releasable ones", () => {
    const listings = inventoryListings(toOrgLicense(PortalLicenseSchema.parse(documented)));
    expect(listings).toHaveLength(16);
    expect(listings).toContainEqual({ itemId: 'd4a332a0be784dd2be53cec0a35e0859', name: 'ArcGIS Pro' });
    expect(listings.map((l) => l.itemId)).toContain('b2eaa28669e54ec08ff87e0ceec591df');
  });

  it('reads a listing once when the license names it twice (a schedule), and leaves out apps without one', () => {
    const pro = { id: 'arcgisprodesktop', itemId: 'd4a332a0be784dd2be53cec0a35e0859', maximumRegisteredMembers: 10 };
    const raw = PortalLicenseSchema.parse({
      ...documented,
      apps: [pro, { ...pro, maximumRegisteredMembers: 0 }, { id: 'noListingApp', maximumRegisteredMembers: 5 }],
    });
    expect(inventoryListings(toOrgLicense(raw))).toEqual([{ itemId: pro.itemId, name: 'ArcGIS Pro' }]);
  });
});
