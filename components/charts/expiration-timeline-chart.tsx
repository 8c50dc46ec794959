'use client';

import dynamic from 'next/dynamic';
import { ChartFrame } from './chart-frame';
import { ExpirationTimelineList } from './expiration-timeline-list';
import { useMediaQuery } from './use-media-query';
import type { ExpiryStatus } from '@/lib/licensing/expiry-buckets';

export interface TimelineDatum {
  key: string;
  /** The row's label; "name · server" for a server's authorization (drawn on two lines). */
  name: string;
  /** The kind of entitlement (and where licensed): the chart's rows when there are too many names. */
  group: string;
  expiration: number;
  /** The expiry day as the source wrote it ("YYYY-MM-DD"), when it did. */
  expirationDay?: string;
  status: ExpiryStatus;
}

/** A datum as drawn: on the row of its name, or of its group. */
export interface PlottedDatum extends TimelineDatum {
  label: string;
}

/** One line of label per row; two where a label names a server too. */
const ROW_HEIGHT = 26;
const TWO_LINE_ROW_HEIGHT = 34;
/** Up to this many, one row per entitlement; beyond, one row per kind, every entitlement still a dot. */
const MAX_NAMED_ROWS = 40;
/** Tailwind's `sm`: below it the chart gives way to a list (see expiration-timeline-list.tsx). */
const WIDE = '(min-width: 640px)';

// Loaded after the page, like every chart (see utilization-chart.tsx).
const ExpirationTimelineChartSvg = dynamic(() => import('./expiration-timeline-chart-svg'), { ssr: false });

/**
 * Each entitlement's expiration on a date axis, with today marked; on a phone, the same dates as a
 * vertical list. The table beside it has the same dates.
 */
export function ExpirationTimelineChart({ data, today, description }: { data: readonly TimelineDatum[]; today: number; description: string }) {
  const wide = useMediaQuery(WIDE);
  const byGroup = data.length > MAX_NAMED_ROWS;
  const plotted: PlottedDatum[] = data.map((d) => ({ ...d, label: byGroup ? d.group : d.name }));
  const labels = new Set(plotted.map((d) => d.label));
  const rowHeight = [...labels].some((label) => label.includes(' · ')) ? TWO_LINE_ROW_HEIGHT : ROW_HEIGHT;
  return (
    <>
      <div className="sm:hidden">
        <ExpirationTimelineList data={data} today={today} />
      </div>
      <div className="hidden sm:block">
        <ChartFrame
          description={byGroup ? `${description} With ${data.length} entitlements, each row is one kind.` : description}
          height={labels.size * rowHeight + 64}
        >
          {wide ? <ExpirationTimelineChartSvg data={plotted} today={today} /> : null}
        </ChartFrame>
      </div>
    </>
  );
}
