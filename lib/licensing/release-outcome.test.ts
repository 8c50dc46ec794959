import { describe, expect, it } from 'vitest';
import { releaseReport } from './release-outcome';

const listing = (...entries: { username: string; disconnected?: boolean }[]) => ({
  ok: true as const,
  value: entries.map((entry) => ({ ...entry, entitlements: [] })),
});

describe('releaseReport', () => {
  it('is released when the member is no longer shown offline, or not listed at all', () => {
    expect(releaseReport('ArcGIS Pro', 'lkumar', listing({ username: 'lkumar', disconnected: false }))).toEqual({
      outcome: 'released',
      message: 'Released ArcGIS Pro for lkumar',
      details: [],
    });
    expect(releaseReport('ArcGIS Pro', 'lkumar', listing({ username: 'other', disconnected: true })).outcome).toBe('released');
  });

  it('warns when the portal said success but the listing still shows the license offline (usernames in any case)', () => {
    const report = releaseReport('ArcGIS Pro', 'LKumar', listing({ username: 'lkumar', disconnected: true }));
    expect(report.outcome).toBe('still-checked-out');
    expect(report.message).toBe("The portal accepted the release, but LKumar's ArcGIS Pro license still shows as checked out.");
  });

  it('is unconfirmed, with the portal’s words, when the listing could not be read back', () => {
    expect(releaseReport('ArcGIS Drone2Map', 'klopez', { ok: false, message: 'not licensed by user', details: ['more'] })).toMatchObject({
      outcome: 'unconfirmed',
      details: ['not licensed by user', 'more'],
    });
    expect(releaseReport('ArcGIS Drone2Map', 'klopez', undefined).outcome).toBe('unconfirmed');
  });
});
