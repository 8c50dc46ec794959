import Link from 'next/link';
import { HISTORY_RANGES, type HistoryRange } from '@/lib/licensing/history-series';
import { historyHref } from './history-href';

const LABELS: Record<HistoryRange, string> = { '30d': '30 days', '90d': '90 days', '1y': '1 year', all: 'All' };

/** The ranges as links (the range lives in the URL), the current one marked. */
export function RangeLinks({ range, ids }: { range: HistoryRange; ids?: readonly string[] }) {
  return (
    <nav aria-label="Range">
      <ul className="flex flex-wrap gap-1">
        {HISTORY_RANGES.map((r) => (
          <li key={r}>
            <Link
              href={historyHref('/history', r, ids)}
              aria-current={r === range ? 'page' : undefined}
              className={`block rounded-md border px-3 py-1.5 text-sm font-medium ${
                r === range
                  ? 'border-blue-700 bg-blue-700 text-white dark:border-blue-600 dark:bg-blue-600'
                  : 'border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800'
              }`}
            >
              {LABELS[r]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
