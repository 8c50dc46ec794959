import { describe, expect, it } from 'vitest';
import type { OrgLicense } from './license-model';
import { memberUtilization, seatsUsed, usageRows, utilization } from './utilization';

describe('utilization', () => {
  it('is normal below 90%, high from exactly 90%, full at 100%, over beyond', () => {
    expect(utilization(53, 200)).toEqual({ used: 53, purchased: 200, ratio: 0.265, level: 'normal' });
    expect(utilization(179, 200).level).toBe('normal');
    expect(utilization(180, 200).level).toBe('high');
    expect(utilization(199, 200).level).toBe('high');
    expect(utilization(200, 200).level).toBe('full');
    expect(utilization(201, 200).level).toBe('over');
  });

  it('handles nothing purchased and unknown figures', () => {
    expect(utilization(0, 0)).toEqual({ used: 0, purchased: 0, ratio: undefined, level: 'normal' });
    expect(utilization(2, 0).level).toBe('over');
    expect(utilization(undefined, 200).level).toBe('unknown');
  });
});

const license: OrgLicense = {
  version: '11.4',
  members: { used: 70, purchased: 1400 },
  extra: {},
  entitlements: [
    { category: 'userType', id: 'viewerUT', purchased: 200, used: 4, extra: {} },
    { category: 'userType', id: 'creatorUT', purchased: 200, used: 53, extra: {} },
    { category: 'userType', id: 'brandNewUT', purchased: 10, used: 10, extra: {} },
    { category: 'app', id: 'arcgisprodesktop', itemId: 'd4a332a0be784dd2be53cec0a35e0859', purchased: 5800, extra: {} },
    { category: 'app', id: 'arcgisd2m', itemId: '0b0e0497ace34206a67413d051530ded', purchased: 400, extra: {} },
    { category: 'app', id: 'cityEngine', purchased: 200, extra: {} },
    { category: 'extension', id: 'locsharing', purchased: 200, extra: {} },
  ],
};

describe('usageRows', () => {
  it('sorts by utilization, most used first, and names known ids', () => {
    const rows = usageRows(license, 'userType');
    expect(rows.map((r) => r.entitlement.id)).toEqual(['brandNewUT', 'creatorUT', 'viewerUT']);
    expect(rows.map((r) => r.name)).toEqual(['brandNewUT', 'Creator', 'Viewer']);
    expect(rows[0]?.utilization.level).toBe('full');
  });

  it('matches app counts by app id or by listing itemId, and an absent app counts zero', () => {
    const counts = { app: { d4a332a0be784dd2be53cec0a35e0859: 46, arcgisd2m: 6 } };
    const rows = usageRows(license, 'app', counts);
    expect(Object.fromEntries(rows.map((r) => [r.entitlement.id, r.utilization.used]))).toEqual({
      arcgisprodesktop: 46,
      arcgisd2m: 6,
      cityEngine: 0,
    });
  });

  it('leaves apps unknown when the portal gave no counts', () => {
    expect(usageRows(license, 'app', {}).every((r) => r.utilization.level === 'unknown')).toBe(true);
    const extension = license.entitlements.find((e) => e.id === 'locsharing');
    expect(extension && seatsUsed(extension, { app: {} })).toBeUndefined();
  });

  it('reports members against the member limit', () => {
    expect(memberUtilization(license)).toMatchObject({ used: 70, purchased: 1400, ratio: 0.05, level: 'normal' });
  });
});
