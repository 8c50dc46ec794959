import { describe, expect, it } from 'vitest';
import { licenseManagerRequirement } from './license-manager-requirement';

describe('what the License Manager form says about needing one', () => {
  it('before 11.4: required, with the version', () => {
    expect(licenseManagerRequirement({ kind: 'portal', version: '11.1', required: true })).toBe(
      'ArcGIS Enterprise 11.1 needs a License Manager for ArcGIS Pro licenses, so a host is required (it becomes optional at 11.4).',
    );
  });

  it('from 11.4: optional, with the version, and the host may stay as it is', () => {
    const words = licenseManagerRequirement({ kind: 'kubernetes', version: '11.4.0', required: false });
    expect(words).toMatch(/^On ArcGIS Enterprise on Kubernetes 11\.4\.0 a License Manager is optional/);
    expect(words).toContain('Leave the host as it is to keep the current setting');
  });

  it('a portal that did not report its version: both rules', () => {
    expect(licenseManagerRequirement({ kind: 'portal', required: false })).toMatch(
      /^The portal did not report its version\. From ArcGIS Enterprise 11\.4 a License Manager is optional; before 11\.4 it is required\./,
    );
  });
});
