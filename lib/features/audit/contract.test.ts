import { describe, expect, it } from 'vitest';
import { AuditPageQuerySchema } from './contract';

describe('the audit filter as the URL carries it', () => {
  it('blank fields are no filter; the page defaults to 1', () => {
    expect(AuditPageQuerySchema.parse({ action: '', admin: '', outcome: '', from: '', to: '' })).toEqual({ page: 1 });
  });

  it('reads every field', () => {
    expect(
      AuditPageQuerySchema.parse({ action: 'release-license', admin: ' admin ', outcome: 'failed', from: '2026-01-01', to: '2026-01-31', page: '3' }),
    ).toEqual({
      action: 'release-license',
      admin: 'admin',
      outcome: 'failed',
      from: '2026-01-01',
      to: '2026-01-31',
      page: 3,
    });
  });

  it.each([
    [{ action: 'delete-everything' }, 'action'],
    [{ outcome: 'maybe' }, 'outcome'],
    [{ from: '01/02/2026' }, 'from'],
    [{ from: '2026-02-01', to: '2026-01-01' }, 'to'],
    [{ page: '0' }, 'page'],
  ])('%j is refused, naming %s', (query, field) => {
    const result = AuditPageQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});
