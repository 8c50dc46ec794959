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

// The chart library is most of a page's script weight and draws nothing on the server anyway:
// it loads after the page, which is already complete with its tables.
const UtilizationChartSvg = dynamic(() => import('./utilization-chart-svg'), { ssr: false });

/**
 * Seats in use against seats purchased, one bar per entitlement, coloured by how full it is.
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
  return (
    <ChartFrame description={description} height={data.length * ROW_HEIGHT + 48}>
      <UtilizationChartSvg data={data} scale={scale} />
    </ChartFrame>
  );
}
