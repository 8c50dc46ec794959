import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button-variants';
import type { MemberQuery } from '@/lib/licensing/member-filter';
import { memberQueryString } from '@/lib/licensing/member-query-string';
import { formatCount } from '@/lib/view/dates';

/** Which members of how many match this page shows, with links to the previous and next pages (filter and sort kept). */
export function MemberPager({ path, query, total }: { path: string; query: MemberQuery; total: number }) {
  const first = (query.page - 1) * query.size + 1;
  const last = Math.min(total, query.page * query.size);
  const pages = Math.max(1, Math.ceil(total / query.size));
  const href = (page: number) => {
    const search = memberQueryString({ ...query, page });
    return `${path}${search ? `?${search}` : ''}`;
  };
  return (
    <nav aria-label="Member pages" className="flex flex-wrap items-center gap-3 text-sm">
      <p data-testid="members-count">
        {total === 0
          ? 'No members match.'
          : first > total
            ? `Page ${query.page} is past the last page (${pages}).`
            : `Members ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`}
      </p>
      <div className="flex gap-2">
        {query.page > 1 ? (
          <Link href={href(Math.min(query.page - 1, pages))} className={buttonVariants({ variant: 'secondary' })}>
            Previous
          </Link>
        ) : null}
        {last < total ? (
          <Link href={href(query.page + 1)} className={buttonVariants({ variant: 'secondary' })}>
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
