'use client';

import dynamic from 'next/dynamic';
import { ChartFrame } from './chart-frame';
import type { ExpiryStatus } from '@/lib/licensing/expiry-buckets';

export interface TimelineDatum {
  key: string;
  label: string;
  expiration: number;
  status: ExpiryStatus;
}

const ROW_HEIGHT = 26;

// Loaded after the page, like every chart (see utilization-chart.tsx).
const ExpirationTimelineChartSvg = dynamic(() => import('./expiration-timeline-chart-svg'), { ssr: false });

/** Each entitlement's expiration on a date axis, with today marked. The table beside it has the same dates. */
export function ExpirationTimelineChart({
  data,
  today,
  description,
}: {
  data: readonly TimelineDatum[];
  today: number;
  description: string;
}) {
  return (
    <ChartFrame description={description} height={data.length * ROW_HEIGHT + 64}>
      <ExpirationTimelineChartSvg data={data} today={today} />
    </ChartFrame>
  );
}
