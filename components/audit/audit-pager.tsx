import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button-variants';

/**
 * Which entries of how many this page shows, with links to the newer and older pages. `query` is the
 * filter's query string, kept on every link; pages count from 1.
 */
export function AuditPager({ path, query, page, pageSize, total }: { path: string; query: string; page: number; pageSize: number; total: number }) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const href = (to: number) => `${path}?${new URLSearchParams([...new URLSearchParams(query), ['page', String(to)]])}`;
  return (
    <nav aria-label="Audit log pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p>{total === 0 ? 'No entries match.' : `Entries ${first}–${last} of ${total}`}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className={buttonVariants({ variant: 'secondary' })}>
            Newer
          </Link>
        ) : null}
        {last < total ? (
          <Link href={href(page + 1)} className={buttonVariants({ variant: 'secondary' })}>
            Older
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
