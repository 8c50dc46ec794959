import { Sparkline } from '@/components/charts/sparkline';
import type { TrendView } from '@/lib/features/history/contract';
import { formatUtcDate } from '@/lib/view/dates';

/** What the overview knows of the history for its trend column: still reading, failed, or the answer. */
export type TrendState = { state: 'pending' } | { state: 'failed'; reason: string } | TrendView;

/** The 90-day trend of one user type: a sparkline (decorative) beside its text, and the forecast date within a year. */
export function TrendCell({ trend, id }: { trend: TrendState; id: string }) {
  if (trend.state === 'pending') return <span className="text-slate-600 dark:text-slate-400">reading history…</span>;
  if (trend.state === 'failed' || trend.state === 'unavailable') {
    return (
      <span title={trend.reason} className="text-slate-600 dark:text-slate-400">
        history unavailable<span className="sr-only">: {trend.reason}</span>
      </span>
    );
  }
  const row = trend.trends.find((t) => t.id === id);
  if (!row?.text) return <span className="text-slate-600 dark:text-slate-400">no history yet</span>;
  return (
    <span className="flex items-center gap-2 whitespace-nowrap" data-testid={`trend-${id}`}>
      <Sparkline values={row.sparkline} />
      <span>
        {row.text}
        {row.forecastDate !== undefined ? <span className="block text-xs">full by {formatUtcDate(row.forecastDate)} (UTC)</span> : null}
      </span>
    </span>
  );
}
