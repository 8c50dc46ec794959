import { describe, expect, it } from 'vitest';
import { idleCutoff, isIdle, memberFilterOnly, MemberQuerySchema, memberQueryString } from './member-filter';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);

function issueOf(query: Record<string, string>) {
  const result = MemberQuerySchema.safeParse(query);
  if (result.success) throw new Error(`expected ${JSON.stringify(query)} to be refused`);
  return { field: result.error.issues[0]?.path.join('.'), message: result.error.issues[0]?.message };
}

describe('MemberQuerySchema', () => {
  it('defaults: sorted by name ascending, first page of 50, no filter', () => {
    expect(MemberQuerySchema.parse({})).toEqual({ sort: 'name', dir: 'asc', page: 1, size: 50 });
  });

  it('reads every filter as the URL carries it', () => {
    expect(
      MemberQuerySchema.parse({
        userType: 'creatorUT',
        role: 'org_admin',
        app: 'd4a332a0be784dd2be53cec0a35e0859',
        entitlement: 'desktopAdvN',
        idle: '90',
        never: '1',
        proIdle: '30',
        offline: 'on',
        disabled: 'true',
        q: '  smith ',
        sort: 'lastLogin',
        dir: 'desc',
        page: '3',
        size: '100',
      }),
    ).toEqual({
      userType: 'creatorUT',
      role: 'org_admin',
      app: 'd4a332a0be784dd2be53cec0a35e0859',
      entitlement: 'desktopAdvN',
      idle: 90,
      never: true,
      proIdle: 30,
      offline: true,
      disabled: true,
      q: 'smith',
      sort: 'lastLogin',
      dir: 'desc',
      page: 3,
      size: 100,
    });
  });

  it('a blank value is absent, not an error (an empty form field)', () => {
    expect(MemberQuerySchema.parse({ userType: '', idle: '', never: '', q: '', sort: '', page: '' })).toEqual({
      sort: 'name',
      dir: 'asc',
      page: 1,
      size: 50,
    });
  });

  it('a bad value is named by its field, with what it must be', () => {
    expect(issueOf({ idle: 'ninety' })).toMatchObject({ field: 'idle', message: 'must be a whole number of days' });
    expect(issueOf({ idle: '2.5' })).toMatchObject({ field: 'idle' });
    expect(issueOf({ idle: '0' }).field).toBe('idle');
    expect(issueOf({ proIdle: '-3' }).field).toBe('proIdle');
    expect(issueOf({ sort: 'password' })).toMatchObject({ field: 'sort', message: 'must be one of name, username, userType, role, lastLogin' });
    expect(issueOf({ dir: 'up' }).field).toBe('dir');
    expect(issueOf({ size: '1000' })).toMatchObject({ field: 'size', message: 'must be 50 or 100' });
    expect(issueOf({ page: '0' }).field).toBe('page');
    expect(issueOf({ userType: "creatorUT' OR 1=1" })).toMatchObject({ field: 'userType', message: 'must be an id (letters, digits, _ . : -)' });
    expect(issueOf({ never: 'yes' })).toMatchObject({ field: 'never', message: 'must be 1 (or left out)' });
    expect(issueOf({ q: 'x'.repeat(201) }).field).toBe('q');
  });
});

describe('memberQueryString', () => {
  it('writes only what differs from the defaults, in a fixed order', () => {
    expect(memberQueryString({})).toBe('');
    expect(memberQueryString({ sort: 'name', dir: 'asc', page: 1, size: 50 })).toBe('');
    expect(memberQueryString({ q: 'ann lee', idle: 90, userType: 'creatorUT', never: true, page: 2 })).toBe(
      'userType=creatorUT&idle=90&never=1&q=ann+lee&page=2',
    );
  });

  it('round-trips through the schema', () => {
    const query = MemberQuerySchema.parse({ role: 'org_user', proIdle: '90', offline: '1', q: 'a&b=c', sort: 'lastLogin', dir: 'desc', size: '100' });
    expect(MemberQuerySchema.parse(Object.fromEntries(new URLSearchParams(memberQueryString(query))))).toEqual(query);
  });

  it('the filter alone drops sort, direction, page and size', () => {
    const query = MemberQuerySchema.parse({ idle: '90', sort: 'role', dir: 'desc', page: '4', size: '100' });
    expect(memberQueryString(memberFilterOnly(query))).toBe('idle=90');
    expect(memberQueryString(memberFilterOnly(MemberQuerySchema.parse({ sort: 'role', page: '2' })))).toBe('');
  });
});

describe('idle days', () => {
  it('exactly N days ago is not more than N days; a millisecond earlier is', () => {
    expect(idleCutoff(90, NOW)).toBe(NOW - 90 * DAY);
    expect(isIdle(NOW - 90 * DAY, 90, NOW)).toBe(false);
    expect(isIdle(NOW - 90 * DAY - 1, 90, NOW)).toBe(true);
    expect(isIdle(NOW - DAY, 90, NOW)).toBe(false);
  });

  it('never signed in counts as idle', () => {
    expect(isIdle(null, 36_500, NOW)).toBe(true);
  });
});
