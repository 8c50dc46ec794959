'use client';

import dynamic from 'next/dynamic';
import { ChartFrame } from './chart-frame';
import type { UtilizationLevel } from '@/lib/licensing/utilization';

export interface UtilizationDatum {
  key: string;
  name: string;
  used: number;
  purchased: number;
  level: UtilizationLevel;
}

const ROW_HEIGHT = 34;
/** Bars beyond this many stop being readable; the rows come sorted, so these are the most used. */
const MAX_BARS = 25;

// The chart library is most of a page's script weight and draws nothing on the server anyway:
// it loads after the page, which is already complete with its tables.
const UtilizationChartSvg = dynamic(() => import('./utilization-chart-svg'), { ssr: false });

/**
 * Seats in use against seats purchased, one bar per entitlement (most used first, at most 25),
 * coloured by how full it is.
 * `percent` scales every bar to its own purchase, for entitlements of very different sizes.
 * The figures are also in the table that accompanies every use of this chart.
 */
export function UtilizationChart({
  data,
  scale,
  description,
}: {
  data: readonly UtilizationDatum[];
  scale: 'seats' | 'percent';
  description: string;
}) {
  const shown = data.slice(0, MAX_BARS);
  const cut = data.length > shown.length;
  return (
    <>
      <ChartFrame
        description={cut ? `${description} It shows the ${MAX_BARS} most used of ${data.length}.` : description}
        height={shown.length * ROW_HEIGHT + 48}
      >
        <UtilizationChartSvg data={shown} scale={scale} />
      </ChartFrame>
      {cut ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The chart shows the {MAX_BARS} most used of {data.length}; the table below lists every one.
        </p>
      ) : null}
    </>
  );
}
