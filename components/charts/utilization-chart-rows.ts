import { formatPercent } from '@/lib/view/dates';
import { formatUsage, UTILIZATION_LABELS } from '@/lib/licensing/utilization';
import type { UtilizationDatum } from './utilization-chart';

/** One bar as drawn: the stacked parts in the chart's scale, where its seat limit sits, and its words. */
export interface ChartRow extends UtilizationDatum {
  inUse: number;
  remaining: number;
  /** The seat limit in the chart's scale: the purchase in seats, or 100 in percent. */
  limit: number;
  /** "7 of 5 — over by 2 · 140% · Over limit": the figures beside every bar, whatever its colour. */
  label: string;
}

export function toChartRow(datum: UtilizationDatum, scale: 'seats' | 'percent'): ChartRow {
  const ratio = datum.purchased > 0 ? datum.used / datum.purchased : datum.used > 0 ? 1 : 0;
  const inUse = scale === 'percent' ? ratio * 100 : datum.used;
  const limit = scale === 'percent' ? 100 : datum.purchased;
  const flag = datum.level === 'high' || datum.level === 'full' || datum.level === 'over' ? ` · ${UTILIZATION_LABELS[datum.level]}` : '';
  return {
    ...datum,
    inUse,
    remaining: Math.max(0, limit - inUse),
    limit,
    label: `${formatUsage(datum)} · ${formatPercent(ratio)}${flag}`,
  };
}
