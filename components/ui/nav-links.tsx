'use client';

import Link, { useLinkStatus } from 'next/link';
import { usePathname } from 'next/navigation';
import { PAGES } from '@/lib/pages';

/**
 * Pages render whole on the server (so their figures are in the HTML even without scripts);
 * while the next one is read from the portal, its link says so.
 */
function PendingMark() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span role="status" className="ml-1 text-xs">
      (loading…)
    </span>
  ) : null;
}

/**
 * The pages of lib/pages.ts, the current one marked: in a row (the header), or a column (the phone's
 * menu). With several portals each link carries the page's portal (`?portal=`).
 */
export function NavLinks({ layout = 'row', portalParam }: { layout?: 'row' | 'column'; portalParam?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className={layout === 'row' ? 'flex flex-wrap gap-0.5' : 'flex flex-col gap-1'}>
        {Object.values(PAGES).map(({ path: href, label }) => {
          const current = href === '/' ? pathname === '/' : pathname.startsWith(href);
          return (
            <li key={href}>
              <Link
                href={portalParam ? `${href}?portal=${portalParam}` : href}
                aria-current={current ? 'page' : undefined}
                className={`block whitespace-nowrap rounded-md text-sm font-medium ${layout === 'row' ? 'px-1.5 py-1.5' : 'px-3 py-2.5'} ${
                  current
                    ? 'bg-blue-700 text-white dark:bg-blue-600'
                    : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
                }`}
              >
                {label}
                <PendingMark />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
