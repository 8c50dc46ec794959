import { describe, expect, it } from 'vitest';
import { emptyDatabase } from '../../lib/store/test-store';
import { measureAuditCsv } from './audit-csv';

describe('measureAuditCsv', () => {
  it('streams every entry it wrote (counts only: memory is reported, never judged here)', async () => {
    const database = await emptyDatabase();
    try {
      const measured = await measureAuditCsv(database.options, 2_345);
      expect(measured).toMatchObject({ entries: 2_345, rows: 2_345 });
      expect(measured.bytes).toBeGreaterThan(2_345 * 100);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
