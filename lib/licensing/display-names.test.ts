import { describe, expect, it } from 'vitest';
import { displayName, knownName } from './display-names';

describe('display names', () => {
  it('names the documented ids', () => {
    expect(displayName('userType', 'creatorUT')).toBe('Creator');
    expect(displayName('userType', 'GISProfessionalAdvUT')).toBe('GIS Professional Advanced');
    expect(displayName('app', 'arcgisprodesktop')).toBe('ArcGIS Pro');
    expect(displayName('app', 'arcgisd2m')).toBe('ArcGIS Drone2Map');
    expect(displayName('app', 'allsource')).toBe('ArcGIS AllSource');
    expect(displayName('appBundle', 'urbanSuiteAB')).toBe('ArcGIS Urban Suite');
    expect(displayName('extension', 'locsharing')).toBe('Location Sharing');
    expect(displayName('capability', 'ips')).toBe('Indoor Positioning System');
  });

  it('matches a differently-cased id', () => {
    expect(displayName('app', 'ARCGISPRODESKTOP')).toBe('ArcGIS Pro');
  });

  it('shows an unknown id as it is, and only within its own category', () => {
    expect(knownName('userType', 'quantumUT')).toBeUndefined();
    expect(displayName('userType', 'quantumUT')).toBe('quantumUT');
    expect(displayName('userType', 'arcgisprodesktop')).toBe('arcgisprodesktop');
  });
});
