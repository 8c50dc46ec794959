import Link from 'next/link';
import type { ReactNode } from 'react';
import { Th } from '@/components/ui/table';
import type { MemberQuery, MemberSort } from '@/lib/licensing/member-filter';
import { memberQueryString } from '@/lib/licensing/member-query-string';

/**
 * A column header that sorts the members by its column: a link (keyboard and middle-click work, the
 * sort lands in the URL), ascending first, the other way when it already sorts by it. `aria-sort`
 * says the current order to screen readers; the arrow repeats it.
 */
export function SortHeader({
  path,
  query,
  sort,
  label,
  before,
}: {
  path: string;
  query: MemberQuery;
  sort: MemberSort;
  label: string;
  /** Shown before the link in the same header cell (the page's select-all checkbox). */
  before?: ReactNode;
}) {
  const active = query.sort === sort;
  const dir = active && query.dir === 'asc' ? 'desc' : 'asc';
  const search = memberQueryString({ ...query, sort, dir, page: 1 });
  return (
    <Th aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      {before}
      <Link href={`${path}${search ? `?${search}` : ''}`} className="inline-flex items-center gap-1 align-middle underline-offset-2 hover:underline">
        {label}
        <span aria-hidden="true">{active ? (query.dir === 'asc' ? '↑' : '↓') : '↕'}</span>
        <span className="sr-only">
          {active ? `, sorted ${query.dir === 'asc' ? 'ascending' : 'descending'}; sort the other way` : ', sort by this column'}
        </span>
      </Link>
    </Th>
  );
}
