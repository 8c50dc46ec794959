import { describe, expect, it } from 'vitest';
import { applyServerAuthorizationFile, serverLicensesView } from '../../emulator/server-authorizations';
import { demoOrganization, sampleContent } from '../../emulator/samples';
import { ServerLicensesSchema } from '../schemas/server-licenses';
import { changeText, diffAuthorizations, expiryText } from './server-license-diff';
import { serverAuthorizations, type ServerAuthorization } from './server-licenses';

const NOW = Date.UTC(2026, 2, 10, 13, 30);
const TODAY = Date.UTC(2026, 2, 10);
const DAY = 86_400_000;

function readings(overwrite: boolean) {
  const { org } = demoOrganization('kubernetes', NOW);
  const read = () => serverAuthorizations(ServerLicensesSchema.parse(serverLicensesView(org.serverAuthorizations)));
  const before = read();
  applyServerAuthorizationFile(org.serverAuthorizations, sampleContent('server-authorization.prvc'), overwrite, TODAY);
  return { before, after: read() };
}

const keys = (list: readonly ServerAuthorization[]) => list.map((a) => a.key).sort();

describe('what a server authorization import did', () => {
  it('append: 3D Analyst added, the file’s own authorizations take its dates, nothing removed', () => {
    const { before, after } = readings(false);
    const diff = diffAuthorizations(before, after);
    expect(keys(diff.added)).toEqual(['extension:3dserver']);
    expect(diff.removed).toEqual([]);
    const spatial = diff.changed.find((c) => c.after.key === 'extension:spatialserver');
    expect(spatial?.after.expiration).toBe(TODAY + 655 * DAY);
    expect(spatial?.before.expiration).not.toBe(TODAY + 655 * DAY);
    expect(diff.unchanged + diff.changed.length + diff.added.length).toBe(after.length);
  });

  it('replace: what the file lacks is removed (Enterprise Geodatabase Support, Network Analyst)', () => {
    const { before, after } = readings(true);
    const diff = diffAuthorizations(before, after);
    expect(keys(diff.removed)).toEqual(expect.arrayContaining(['extension:networkserver', 'feature:esriServerSDEEnterprise']));
    expect(keys(diff.added)).toEqual(['extension:3dserver']);
    expect(diff.removed.length + diff.changed.length + diff.unchanged).toBe(before.length);
  });

  it('the same expiry day, however written, is unchanged; another day, version or core count is a change', () => {
    const base: ServerAuthorization = { key: 'feature:x', kind: 'feature', id: 'x', name: 'X', expiration: Date.UTC(2026, 9, 21), canExpire: true };
    const sameDay = { ...base, expiration: Date.UTC(2026, 9, 21, 22), expirationDay: '2026-10-21' };
    expect(diffAuthorizations([base], [sameDay])).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
    for (const other of [
      { ...base, expiration: Date.UTC(2027, 9, 21) },
      { ...base, version: '11.5' },
      { ...base, coreCount: 8 },
      { ...base, expiration: undefined },
    ]) {
      expect(diffAuthorizations([base], [other]).changed).toEqual([{ before: base, after: other }]);
    }
  });

  it('nothing before: everything is added; nothing after: everything is removed', () => {
    const { before } = readings(false);
    expect(diffAuthorizations([], before).added).toEqual(before);
    expect(diffAuthorizations(before, []).removed).toEqual(before);
  });

  it('says each difference in words, with dates in UTC or as the server wrote them', () => {
    const base: ServerAuthorization = {
      key: 'extension:spatialserver',
      kind: 'extension',
      id: 'spatialserver',
      name: 'Spatial Analyst',
      version: '11.3',
      expiration: Date.UTC(2026, 9, 1),
      canExpire: true,
    };
    const renewed = { ...base, version: '11.4', expiration: Date.UTC(2028, 8, 15), coreCount: 8 };
    expect(changeText({ before: base, after: renewed })).toBe('expires Oct 1, 2026 → Sep 15, 2028 (UTC); version 11.3 → 11.4; cores none → 8');
    expect(changeText({ before: base, after: { ...base, expiration: undefined } })).toBe('expires Oct 1, 2026 → no expiry (UTC)');
    const local = { ...base, expiration: Date.UTC(2026, 9, 20, 22), expirationDay: '2026-10-21' };
    expect(changeText({ before: base, after: local })).toBe('expires Oct 1, 2026 → Oct 21, 2026 (as the server wrote them)');
    expect(expiryText(base)).toBe('expires Oct 1, 2026 (UTC)');
    expect(expiryText(local)).toBe('expires Oct 21, 2026 (server’s date)');
    expect(expiryText({ ...base, expiration: undefined })).toBe('no expiry');
  });
});
