import { describe, expect, it } from 'vitest';
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { PortalLicenseSchema } from '../schemas/portal-license';
import { ServerLicensesSchema } from '../schemas/server-licenses';
import { countByStatus } from './expiry-buckets';
import { KUBERNETES_11_0_LICENSE, OVER_USED, PLACEHOLDER_LICENSE_MANAGER, SERVER_WITH_EXPIRATION_STRING } from './fixtures/issue-11-examples';
import { describeLicenseManager } from './license-manager';
import { toOrgLicense, VERSION_NOT_REPORTED } from './license-model';
import { overviewSummary } from './overview';
import { serverAuthorizations, serverTimelineItems } from './server-licenses';
import { organizationTimelineItems, timelineRows } from './timeline';
import { formatUsage, memberUtilization, usageRows } from './utilization';

const NOW = Date.UTC(2026, 10, 30);

describe('issue 11 item 5: every dated thing feeds status', () => {
  const license = toOrgLicense(PortalLicenseSchema.parse(KUBERNETES_11_0_LICENSE));

  it('reads the Kubernetes 11.0 license without member counts or version', () => {
    expect(license.version).toBe(VERSION_NOT_REPORTED);
    expect(license.members).toEqual({});
    expect(memberUtilization(license).level).toBe('unknown');
    expect(formatUsage(memberUtilization(license))).toBe('not reported');
  });

  it('counts its expired capabilities.features entry as expired, named as the portal names it', () => {
    const summary = overviewSummary(license, NOW);
    expect(summary.expired.map((item) => [item.name, item.expiration])).toEqual([['ArcGIS GIS Server Advanced', 1700000000000]]);
    expect(summary.soonest).toBeUndefined();
    const rows = timelineRows(organizationTimelineItems(license), NOW);
    expect(rows.map((row) => row.status)).toEqual(['expired']);
    expect(countByStatus(organizationTimelineItems(license), NOW).expired).toBe(1);
    expect(license.extra).toEqual({ capabilities: KUBERNETES_11_0_LICENSE.capabilities });
  });

  it('judges by expiration, not isValid, and reads canExpire:false as no expiry', () => {
    const never = structuredClone(KUBERNETES_11_0_LICENSE);
    never.capabilities.features[0] = { ...never.capabilities.features[0]!, canExpire: false };
    const rows = timelineRows(organizationTimelineItems(toOrgLicense(PortalLicenseSchema.parse(never))), NOW);
    expect(rows).toEqual([]);
  });

  it('counts server authorizations that cannot expire as undated', () => {
    const authorizations = serverAuthorizations(
      ServerLicensesSchema.parse({ features: [{ name: 'svradvanced', canExpire: false, expiration: 1700000000000 }] }),
    );
    expect(serverTimelineItems('gis', authorizations)[0]?.expiration).toBeUndefined();
  });
});

describe('issue 11 item 6: the server date as the server meant it', () => {
  it('keeps the expiry instant and the day the server wrote', () => {
    const [feature] = serverAuthorizations(ServerLicensesSchema.parse(SERVER_WITH_EXPIRATION_STRING));
    expect(feature).toMatchObject({ expiration: 1792533600000, expirationDay: '2026-10-21' });
    expect(serverTimelineItems('gis', feature ? [feature] : [])[0]).toMatchObject({ expirationDay: '2026-10-21' });
  });

  it('has no day when the string cannot be read', () => {
    const [feature] = serverAuthorizations(
      ServerLicensesSchema.parse({ features: [{ ...SERVER_WITH_EXPIRATION_STRING.features[0], expirationString: 'soon' }] }),
    );
    expect(feature?.expirationDay).toBeUndefined();
  });
});

describe('issue 11 item 7: over-use said in words', () => {
  const license = toOrgLicense(PortalLicenseSchema.parse(OVER_USED));

  it('says "7 of 5 — over by 2" for members and for the user type', () => {
    expect(formatUsage(memberUtilization(license))).toBe('7 of 5 — over by 2');
    const [creator] = usageRows(license, 'userType');
    expect(creator?.utilization.level).toBe('over');
    expect(formatUsage(creator?.utilization ?? {})).toBe('7 of 5 — over by 2');
  });

  it('says nothing more when within the limit, and counts with separators', () => {
    expect(formatUsage({ used: 70, purchased: 1400 })).toBe('70 of 1,400');
    expect(formatUsage({ used: 70 })).toBe('70 of not reported');
    expect(formatUsage({ used: 5, purchased: 5 })).toBe('5 of 5');
    expect(formatUsage({ used: 2500, purchased: 1000 })).toBe('2,500 of 1,000 — over by 1,500');
  });
});

describe('issue 11 item 9: placeholders are not a License Manager', () => {
  const withManager = (info: { hostname: string; port: number }) =>
    toOrgLicense(PortalLicenseSchema.parse({ ...documented, licenseManagerInfo: info })).licenseManager;

  it('reads change.me, an empty host and port 0 as not configured', () => {
    expect(withManager(PLACEHOLDER_LICENSE_MANAGER)).toBeUndefined();
    expect(withManager({ hostname: 'CHANGE.ME', port: 27000 })).toBeUndefined();
    expect(withManager({ hostname: '', port: 27000 })).toBeUndefined();
    expect(withManager({ hostname: 'lm1.example.com', port: 0 })).toBeUndefined();
  });

  it('keeps a real host beside a placeholder backup', () => {
    const manager = withManager({ hostname: 'lm1.example.com,change.me', port: 27000 });
    expect(manager).toEqual({ hosts: ['lm1.example.com'], port: 27000 });
    expect(manager ? describeLicenseManager(manager) : '').toBe('lm1.example.com, port 27000');
  });
});
