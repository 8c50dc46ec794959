import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/kubernetes-validate-license-11.0.json' with { type: 'json' };
import { demoOrganization, validatedSample, type SampleName } from '../../emulator/samples';
import { PortalLicenseSchema } from '../schemas/portal-license';
import { ValidatedLicenseSchema } from '../schemas/validated-license';
import { importWarnings } from './import-warnings';
import { diffLicense } from './license-diff';
import { toLicenseFileContents } from './license-file';
import { toOrgLicense } from './license-model';

const NOW = Date.UTC(2026, 2, 10, 13, 30);
const demo = demoOrganization('portal', NOW);
const current = toOrgLicense(PortalLicenseSchema.parse(demo.license));

function warningsOf(raw: unknown) {
  const file = toLicenseFileContents(ValidatedLicenseSchema.parse(raw));
  return importWarnings(diffLicense(current, file, demo.counts, NOW), file, current.version, NOW);
}

const sample = (name: SampleName) => warningsOf(validatedSample(name, NOW));

describe('import warnings', () => {
  it('a renewal raises none', () => {
    expect(sample('portal-renewal.json')).toEqual([]);
  });

  it('the shrink: seats below the members using them, an app in use removed, an early end, another version', () => {
    const warnings = sample('portal-shrink.json');
    expect(warnings.map((w) => w.kind)).toEqual(['over-use', 'removed-in-use', 'expires-soon', 'version']);
    expect(warnings[0]).toEqual({ kind: 'over-use', message: 'Creator: 40 seats, 53 members assigned — 13 over', keys: ['userType:creatorUT'] });
    expect(warnings[1]?.message).toBe('ArcGIS Insights: 12 members assigned, and the new license does not include it');
    expect(warnings[2]?.message).toBe('This license file expires on Mar 30, 2026 (UTC), in 20 days: you will need another one within 30 days.');
    expect(warnings[3]?.message).toBe('This file is for ArcGIS Enterprise 11.3; the portal runs 11.4.');
  });

  it('an expired file says so, and names what members lose', () => {
    const warnings = sample('portal-expired.json');
    const expired = warnings.find((w) => w.kind === 'expired');
    expect(expired?.message).toBe('This license file has already expired: everything in it ended by Mar 5, 2026 (UTC).');
    expect(warnings.find((w) => w.kind === 'removed-in-use')?.message).toBe(
      'Creator: 53 members assigned, and it ended in this file on Mar 5, 2026 (UTC)',
    );
    expect(warnings.some((w) => w.kind === 'over-use')).toBe(false);
  });

  it('the documented 2021 Kubernetes example, read today: expired, other version, user types in use gone', () => {
    const warnings = warningsOf(documented);
    expect(warnings.find((w) => w.kind === 'expired')?.message).toBe(
      'This license file has already expired: everything in it ended by Oct 20, 2022 (UTC).',
    );
    expect(warnings.find((w) => w.kind === 'version')?.message).toBe('This file is for ArcGIS Enterprise 11.0; the portal runs 11.4.');
    // Indoors User is not in the file at all.
    expect(warnings.map((w) => w.message)).toContain('Indoors User: 1 member assigned, and the new license does not include it');
  });

  it('names entitlements that expire within 30 days when the rest of the file lasts', () => {
    const raw = validatedSample('portal-renewal.json', NOW) as {
      MyEsri: { provision: { apps: { id: string; maxUsers: number; startDate: number }[] } };
    };
    const insights = raw.MyEsri.provision.apps.filter((a) => a.id === 'Insights');
    const end = insights.find((a) => a.maxUsers === 0);
    if (!end) throw new Error('the renewal ends Insights');
    end.startDate = Date.UTC(2026, 2, 22);
    const warnings = warningsOf(raw);
    expect(warnings).toEqual([
      { kind: 'expires-soon', message: 'Expires within 30 days in this file: ArcGIS Insights on Mar 22, 2026 (in 12 days).', keys: ['app:Insights'] },
    ]);
  });

  it('warns of a later step that leaves fewer seats than members hold now', () => {
    const kubernetes = demoOrganization('kubernetes', NOW);
    const raw = validatedSample('kubernetes-schedule.json', NOW) as { MyEsri: { provision: { userTypes: { id: string; maxUsers: number }[] } } };
    const step = raw.MyEsri.provision.userTypes.find((u) => u.id === 'creatorUT' && u.maxUsers === 300);
    if (!step) throw new Error('the schedule raises Creator to 300');
    step.maxUsers = 30;
    const file = toLicenseFileContents(ValidatedLicenseSchema.parse(raw));
    const license = toOrgLicense(PortalLicenseSchema.parse(kubernetes.license));
    const warnings = importWarnings(diffLicense(license, file, kubernetes.counts, NOW), file, license.version, NOW);
    expect(warnings).toEqual([
      { kind: 'over-use', message: 'Creator: from Apr 24, 2026, 30 seats, 53 members assigned — 23 over', keys: ['userType:creatorUT'] },
    ]);
  });

  it('names entitlements that already ended when others are still licensed', () => {
    const raw = validatedSample('portal-renewal.json', NOW) as {
      MyEsri: { provision: { apps: { id: string; maxUsers: number; startDate: number }[] } };
    };
    for (const step of raw.MyEsri.provision.apps.filter((a) => a.id === 'stMapNA' && a.maxUsers === 0)) step.startDate = Date.UTC(2026, 2, 1);
    const warnings = warningsOf(raw);
    expect(warnings.find((w) => w.kind === 'expired')?.message).toBe(
      'Already expired in this file: StreetMap Premium North America (ended Mar 1, 2026).',
    );
    // Two members hold StreetMap North America: losing it is also a loss in use.
    expect(warnings.find((w) => w.kind === 'removed-in-use')?.message).toBe(
      'StreetMap Premium North America: 2 members assigned, and it ended in this file on Mar 1, 2026 (UTC)',
    );
  });
});
