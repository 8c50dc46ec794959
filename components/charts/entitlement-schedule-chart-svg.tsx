'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatUtcDate } from '@/lib/view/dates';
import { DAY_MS } from '@/lib/licensing/expiry-buckets';
import type { ScheduleStep } from '@/lib/licensing/entitlement-schedule';
import { GRID_COLOR } from './chart-colors';

interface Point {
  at: number;
  seats: number;
}

const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', year: 'numeric' });
const LINE_COLOR = '#2563eb';

function TooltipBody({ active, payload }: { active?: boolean; payload?: readonly { payload?: Point }[] }) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm shadow dark:border-slate-700 dark:bg-slate-900">
      <p>
        From {formatUtcDate(point.at)} (UTC): {formatCount(point.seats)} seats
      </p>
    </div>
  );
}

/** About six ticks on the first of a month (UTC) across the domain. */
function ticks(min: number, max: number): number[] {
  const all: number[] = [];
  const start = new Date(min);
  for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); d <= max;) {
    all.push(d);
    const next = new Date(d);
    d = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
  }
  const step = Math.max(1, Math.ceil(all.length / 6));
  return all.filter((_, i) => i % step === 0);
}

/** The step chart itself, loaded after the page (see entitlement-schedule-chart.tsx). */
export default function EntitlementScheduleChartSvg({ steps, today }: { steps: readonly ScheduleStep[]; today: number }) {
  const dated = steps.filter((s): s is ScheduleStep & { seats: number } => s.seats !== undefined);
  const times = [today, ...dated.map((s) => s.start)];
  const span = Math.max(...times) - Math.min(...times);
  const pad = Math.max(14 * DAY_MS, span * 0.06);
  const min = Math.min(...times) - pad;
  const max = Math.max(...times) + pad;
  const points: Point[] = dated.map((s) => ({ at: s.start, seats: s.seats }));
  const last = points[points.length - 1];
  // The last step holds to the edge of the chart.
  if (last) points.push({ at: max, seats: last.seats });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={GRID_COLOR} />
        <XAxis
          type="number"
          dataKey="at"
          scale="time"
          domain={[min, max]}
          ticks={ticks(min, max)}
          tickFormatter={(v: number) => MONTH.format(new Date(v))}
          tick={{ fill: 'currentColor', fontSize: 12 }}
        />
        <YAxis
          dataKey="seats"
          domain={[0, 'auto']}
          allowDecimals={false}
          tickFormatter={(v: number) => formatCount(v)}
          tick={{ fill: 'currentColor', fontSize: 12 }}
          width={56}
        />
        <Tooltip content={<TooltipBody />} />
        <ReferenceLine
          x={today}
          stroke="currentColor"
          strokeDasharray="4 3"
          label={{ value: `Today, ${formatUtcDate(today)}`, position: 'top', fill: 'currentColor', fontSize: 12 }}
        />
        <Line
          type="stepAfter"
          dataKey="seats"
          stroke={LINE_COLOR}
          strokeWidth={2}
          isAnimationActive={false}
          // A dot where a step starts; none at the chart's edge, where the last step is only extended.
          dot={({ cx, cy, index }: { cx?: number; cy?: number; index?: number }) => (
            <circle key={`step-${index}`} cx={cx} cy={cy} r={index === points.length - 1 ? 0 : 4} fill={LINE_COLOR} />
          )}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
