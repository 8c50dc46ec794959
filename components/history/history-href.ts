import type { HistoryRange } from '@/lib/licensing/history-series';

/** The page's (or its CSV's) URL for a range and chosen ids: what a shared or reloaded link shows. */
export function historyHref(path: string, range: HistoryRange, ids?: readonly string[]): string {
  const query = new URLSearchParams({ range });
  if (ids && ids.length > 0) query.set('ids', ids.join(','));
  return `${path}?${query.toString()}`;
}
