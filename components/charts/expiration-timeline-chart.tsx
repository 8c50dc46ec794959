'use client';

import dynamic from 'next/dynamic';
import { ChartFrame } from './chart-frame';
import type { ExpiryStatus } from '@/lib/licensing/expiry-buckets';

export interface TimelineDatum {
  key: string;
  name: string;
  /** The kind of entitlement (and where licensed): the chart's rows when there are too many names. */
  group: string;
  expiration: number;
  status: ExpiryStatus;
}

/** A datum as drawn: on the row of its name, or of its group. */
export interface PlottedDatum extends TimelineDatum {
  label: string;
}

const ROW_HEIGHT = 26;
/** Up to this many, one row per entitlement; beyond, one row per kind, every entitlement still a dot. */
const MAX_NAMED_ROWS = 40;

// Loaded after the page, like every chart (see utilization-chart.tsx).
const ExpirationTimelineChartSvg = dynamic(() => import('./expiration-timeline-chart-svg'), { ssr: false });

/** Each entitlement's expiration on a date axis, with today marked. The table beside it has the same dates. */
export function ExpirationTimelineChart({ data, today, description }: { data: readonly TimelineDatum[]; today: number; description: string }) {
  const byGroup = data.length > MAX_NAMED_ROWS;
  const plotted: PlottedDatum[] = data.map((d) => ({ ...d, label: byGroup ? d.group : d.name }));
  const rows = new Set(plotted.map((d) => d.label)).size;
  return (
    <ChartFrame
      description={byGroup ? `${description} With ${data.length} entitlements, each row is one kind.` : description}
      height={rows * ROW_HEIGHT + 64}
    >
      <ExpirationTimelineChartSvg data={plotted} today={today} />
    </ChartFrame>
  );
}
