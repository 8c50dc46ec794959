import { describe, expect, it } from 'vitest';
import { listingStatus } from './offline-listings';

const drone2map = { name: 'ArcGIS Drone2Map' };

describe('listingStatus', () => {
  it('is read when the listing answered, even with nobody offline', () => {
    expect(listingStatus(drone2map, { ok: true, value: [] })).toEqual({ state: 'read' });
    expect(listingStatus(drone2map, { ok: true, value: [{ username: 'a', disconnected: false, entitlements: [] }] })).toEqual({ state: 'read' });
  });

  it('carries the portal’s words when the listing was refused', () => {
    expect(listingStatus(drone2map, { ok: false, message: 'not licensed by user', details: [] })).toEqual({
      state: 'failed',
      error: { message: 'not licensed by user', details: [] },
    });
  });

  it('is unknown, never "nobody", for an app without a listing of its own (licensed through a bundle)', () => {
    const status = listingStatus(drone2map, undefined);
    expect(status.state).toBe('unknown');
    if (status.state === 'unknown') expect(status.reason).toContain('ArcGIS Drone2Map (it may come with an app bundle)');
  });

  it('is unknown for a listing whose members carry no disconnected flag at all', () => {
    const status = listingStatus(drone2map, { ok: true, value: [{ username: 'a', entitlements: ['drone2map'] }] });
    expect(status.state).toBe('unknown');
  });
});
