import type { HistorySeries } from '@/lib/features/history/contract';

/** Each chosen entitlement's seat-limit forecast in words, with the method and its fit. */
export function ForecastList({ series }: { series: readonly HistorySeries[] }) {
  return (
    <ul className="space-y-2" aria-label="Forecasts">
      {series.map((s) => (
        <li key={s.id} data-testid={`forecast-${s.id}`} className="text-sm">
          <span className="font-medium">{s.name}:</span> {s.forecast.summary}
          {s.forecast.method ? <span className="text-slate-600 dark:text-slate-400"> ({s.forecast.method})</span> : null}
        </li>
      ))}
    </ul>
  );
}
