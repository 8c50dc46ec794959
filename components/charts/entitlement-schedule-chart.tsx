'use client';

import dynamic from 'next/dynamic';
import type { ScheduleStep } from '@/lib/licensing/entitlement-schedule';
import { ChartFrame } from './chart-frame';

// Loaded after the page, like every chart (see utilization-chart.tsx).
const EntitlementScheduleChartSvg = dynamic(() => import('./entitlement-schedule-chart-svg'), { ssr: false });

/**
 * Seats over time for one entitlement of a license file: a step line (each step holds until the
 * next; a step to 0 is the expiry), with today marked. The steps are also in the table beside it.
 */
export function EntitlementScheduleChart({ steps, today, description }: { steps: readonly ScheduleStep[]; today: number; description: string }) {
  return (
    <ChartFrame description={description} height={256}>
      <EntitlementScheduleChartSvg steps={steps} today={today} />
    </ChartFrame>
  );
}
