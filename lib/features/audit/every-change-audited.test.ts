import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every call that changes the portal, in every feature's server functions, runs inside audited()
// (auditedBatch() for a bulk change's batch: one entry per member):
// a new change path that forgets it fails here rather than reaching the portal unrecorded.

const FEATURES = join(__dirname, '..');
const PORTAL_CHANGES =
  /\b(releaseLicense|updateLicenseManager|validateLicense|importLicense|populateLicense|importAuthorizations|importServerLicenses|changeUserType|setAppEntitlements)\(/g;

function serverFiles(): string[] {
  return readdirSync(FEATURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(FEATURES, dir.name))
        .filter((name) => /^(server|bulk).*\.ts$/.test(name))
        .map((name) => join(FEATURES, dir.name, name)),
    );
}

describe('every portal change goes through audited()', () => {
  it('finds the server functions it checks', () => {
    expect(serverFiles().length).toBeGreaterThanOrEqual(5);
  });

  for (const file of serverFiles()) {
    it(file.slice(FEATURES.length + 1), () => {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(PORTAL_CHANGES)) {
        // A call on an object (admin.releaseLicense(…), licenseAdminOf(session).importLicense(…)) or a
        // bare imported one is a portal change; the endpoint definitions' names (…Endpoint) are not.
        const before = source.slice(0, match.index);
        if (!/[.\s(]$/.test(before) || /(function|const|serve\()\s*$/.test(before)) continue;
        const statement = before.slice(before.lastIndexOf(';') + 1);
        expect(statement, `${match[1]} at offset ${match.index}`).toMatch(/audited(Batch)?\(/);
      }
    });
  }
});
