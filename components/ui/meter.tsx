import type { UtilizationLevel } from '@/lib/licensing/utilization';

const FILL: Record<UtilizationLevel, string> = {
  unknown: 'bg-slate-300',
  normal: 'bg-blue-600 dark:bg-blue-500',
  high: 'bg-amber-500',
  full: 'bg-red-600',
  over: 'bg-red-600',
};

/** A thin bar beside a percentage: decoration for the number next to it, hidden from screen readers. */
export function Meter({ ratio, level }: { ratio: number | undefined; level: UtilizationLevel }) {
  const width = Math.min(100, Math.max(ratio === undefined ? 0 : ratio * 100, ratio && ratio > 0 ? 2 : 0));
  return (
    <span aria-hidden="true" className="block h-1.5 w-24 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
      <span className={`block h-full ${FILL[level]}`} style={{ width: `${width}%` }} />
    </span>
  );
}
