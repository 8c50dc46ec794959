import { entitlementName } from './display-names';
import { entitlementsOf, type OrgLicense } from './license-model';

/** An app listing the members inventory reads: its itemId and the app's name. */
export interface InventoryListingRef {
  itemId: string;
  name: string;
}

/**
 * Every licensed app whose listing the license names (its itemId), each listing once, in the
 * license's order: whose userEntitlements say who holds the app. Not only the releasable apps: the
 * members page filters on any app. Apps without an itemId have no listing to read and are left out.
 */
export function inventoryListings(license: OrgLicense): InventoryListingRef[] {
  const listings = new Map<string, InventoryListingRef>();
  for (const app of entitlementsOf(license, 'app')) {
    if (app.itemId && !listings.has(app.itemId)) listings.set(app.itemId, { itemId: app.itemId, name: entitlementName(app) });
  }
  return [...listings.values()];
}
