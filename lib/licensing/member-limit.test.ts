import { describe, expect, it } from 'vitest';
import { demoOrganization, validatedSample, type SampleName } from '../../emulator/samples';
import { PortalLicenseSchema } from '../schemas/portal-license';
import { ValidatedLicenseSchema } from '../schemas/validated-license';
import { toLicenseFileContents } from './license-file';
import { toOrgLicense } from './license-model';
import { memberLimitChange, memberLimitText } from './member-limit';

const NOW = Date.UTC(2026, 2, 10, 13, 30);
const current = toOrgLicense(PortalLicenseSchema.parse(demoOrganization('portal', NOW).license));
const fileOf = (sample: SampleName) => toLicenseFileContents(ValidatedLicenseSchema.parse(validatedSample(sample, NOW)));

describe('the member limit before and after an import', () => {
  it('the renewal: 1,400 → 1,450 (Creator up 50 now; its later step to 300 does not count yet)', () => {
    const change = memberLimitChange(current, fileOf('portal-renewal.json'), NOW);
    expect(change).toEqual({ before: 1400, after: 1450 });
    expect(change && memberLimitText(change)).toBe('Members: 1,400 → 1,450');
  });

  it('the shrink lowers it', () => {
    const change = memberLimitChange(current, fileOf('portal-shrink.json'), NOW);
    expect(change?.before).toBe(1400);
    expect(change && change.after < 1400).toBe(true);
  });

  it('a user type not started yet counts 0 until it does', () => {
    const file = {
      schedules: [
        { category: 'userType' as const, id: 'creatorUT', steps: [{ start: 0, seats: 100 }] },
        { category: 'userType' as const, id: 'viewerUT', steps: [{ start: NOW + 1, seats: 50 }] },
        { category: 'app' as const, id: 'Insights', steps: [{ start: 0, seats: 999 }] },
      ],
    };
    expect(memberLimitChange(current, file, NOW)).toEqual({ before: 1400, after: 100 });
  });

  it('unchanged, not reported, and a file without user types', () => {
    expect(memberLimitText({ before: 1400, after: 1400 })).toBe('Members: 1,400 (unchanged)');
    expect(memberLimitText({ after: 1450 })).toBe('Members: not reported → 1,450');
    const unreported = { ...current, members: {} };
    expect(memberLimitChange(unreported, fileOf('portal-renewal.json'), NOW)).toEqual({ after: 1450 });
    expect(memberLimitChange(current, { schedules: [{ category: 'app', id: 'Insights', steps: [{ start: 0, seats: 5 }] }] }, NOW)).toBeUndefined();
  });
});
