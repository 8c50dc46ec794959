import type { ReactNode } from 'react';

/**
 * The server-rendered box a chart draws into: its size is fixed before the chart's code arrives
 * (no layout shift), and it carries the chart's description for screen readers, which then find
 * the same figures in the table beside it.
 */
export function ChartFrame({ description, height, children }: { description: string; height: number; children: ReactNode }) {
  return (
    <div role="img" aria-label={description} className="text-slate-700 dark:text-slate-300" style={{ height }}>
      {children}
    </div>
  );
}
