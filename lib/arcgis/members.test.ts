import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullNamesOf, listUserEntitlements, memberSearchQuery, searchMembers, usernameQueries } from './members';

// A portal with 7 members on one listing, answered 3 per page whatever num asks, and one listing
// without paging fields, as Esri's documentation shows it.
const HOLDERS = Array.from({ length: 7 }, (_, i) => ({
  username: `u${i + 1}`,
  lastLogin: -1,
  disconnected: i % 2 === 0,
  entitlements: ['desktopAdvN'],
}));
let server: Server;
let portalUrl: string;
const seen: URLSearchParams[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(url.searchParams);
    let body: unknown = { error: { code: 400, message: 'Item does not exist or is inaccessible.' } };
    if (url.pathname.endsWith('/paged/userEntitlements') || url.pathname.endsWith('/paged-no-total/userEntitlements')) {
      const start = Number(url.searchParams.get('start'));
      const slice = HOLDERS.slice(start - 1, start + 2);
      const next = start + slice.length;
      const total = url.pathname.includes('no-total') ? {} : { total: HOLDERS.length };
      body = { userEntitlements: slice, ...total, start, num: 3, nextStart: next <= HOLDERS.length ? next : -1 };
    } else if (url.pathname.endsWith('/unpaged/userEntitlements')) {
      body = { userEntitlements: HOLDERS.slice(0, 2) };
    } else if (url.pathname.endsWith('/users/search') && url.searchParams.get('q')?.includes('username:')) {
      // Names for the usernames asked, one batch refused, as a portal might refuse a long query.
      const q = url.searchParams.get('q') ?? '';
      body = q.includes('refused')
        ? { error: { code: 400, message: 'Invalid query.', details: [] } }
        : { results: [...q.matchAll(/username:(\w+)/g)].map(([, name]) => ({ username: name, fullName: `Name of ${name}` })) };
    } else if (url.pathname.endsWith('/users/search')) {
      body = { total: 1, start: 1, num: 8, nextStart: -1, results: [{ username: 'jdoe', fullName: 'John Doe', email: '', role: 'org_user' }] };
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  portalUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/portal`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const connection = () => ({ portalUrl, token: 't', referer: 'http://dash/', timeoutMs: 5_000 });

describe('listUserEntitlements', () => {
  it('reads every page while nextStart moves on', async () => {
    seen.length = 0;
    const entries = await listUserEntitlements(connection(), 'paged');
    expect(entries.map((e) => e.username)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']);
    expect(seen.map((p) => p.get('start'))).toEqual(['1', '4', '7']);
    expect(seen.every((p) => p.get('num') === '100')).toBe(true);
  });

  it('follows nextStart page by page when the answer gives no total', async () => {
    seen.length = 0;
    const entries = await listUserEntitlements(connection(), 'paged-no-total');
    expect(entries.map((e) => e.username)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']);
    expect(seen.map((p) => p.get('start'))).toEqual(['1', '4', '7']);
  });

  it('reads one page when the answer has no paging fields', async () => {
    seen.length = 0;
    expect(await listUserEntitlements(connection(), 'unpaged')).toHaveLength(2);
    expect(seen).toHaveLength(1);
  });
});

describe('member search', () => {
  it('turns what the admin typed into prefix terms, dropping query syntax', () => {
    expect(memberSearchQuery('jdoe')).toBe('jdoe*');
    expect(memberSearchQuery('  john  do ')).toBe('john* AND do*');
    expect(memberSearchQuery('j.doe-2')).toBe('j.doe* AND 2*');
    expect(memberSearchQuery('role:org_admin OR *')).toBe('role* AND org_admin*');
    expect(memberSearchQuery('"" () *')).toBeUndefined();
  });

  it('asks users/search sorted by username and keeps only what a suggestion needs', async () => {
    seen.length = 0;
    expect(await searchMembers(connection(), 'jd')).toEqual([{ username: 'jdoe', fullName: 'John Doe' }]);
    expect(Object.fromEntries(seen[0] ?? [])).toMatchObject({ q: 'jd*', num: '8', sortField: 'username', sortOrder: 'asc', f: 'json' });
    expect(await searchMembers(connection(), '***')).toEqual([]);
    expect(seen).toHaveLength(1);
  });
});

describe('full names for usernames', () => {
  it('asks users/search for at most 50 usernames a time, each once, quoting those with query syntax', () => {
    const many = Array.from({ length: 120 }, (_, i) => `m${i}`);
    const queries = usernameQueries([...many, 'm0']);
    expect(queries).toHaveLength(3);
    expect(queries[0]?.split(' OR ')).toHaveLength(50);
    expect(queries[0]).toMatch(/^username:m0 OR username:m1 OR /);
    expect(queries[2]?.split(' OR ')).toHaveLength(20);
    expect(usernameQueries(['j.doe@corp', 'CORP\\jd', 'x y', 'say "hi"'])).toEqual([
      'username:j.doe@corp OR username:"CORP\\\\jd" OR username:"x y" OR username:"say \\"hi\\""',
    ]);
  });

  it('keys names by lower-cased username and leaves out a batch the portal refuses', async () => {
    const names = await fullNamesOf(connection(), ['u1', 'U2']);
    expect([...names]).toEqual([
      ['u1', 'Name of u1'],
      ['u2', 'Name of U2'],
    ]);
    const refusedFirst = ['refused', ...Array.from({ length: 49 }, (_, i) => `r${i}`), 'kept'];
    expect([...(await fullNamesOf(connection(), refusedFirst))]).toEqual([['kept', 'Name of kept']]);
  });
});
