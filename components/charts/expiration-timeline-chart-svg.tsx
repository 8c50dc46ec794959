'use client';

import { CartesianGrid, Cell, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { DAY_MS, EXPIRY_LABELS } from '@/lib/licensing/expiry-buckets';
import { formatUtcDate } from '@/lib/view/dates';
import { EXPIRY_COLORS, GRID_COLOR } from './chart-colors';
import type { PlottedDatum } from './expiration-timeline-chart';

function TooltipBody({ active, payload }: { active?: boolean; payload?: readonly { payload?: PlottedDatum }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm shadow dark:border-slate-700 dark:bg-slate-900">
      <p className="font-medium">{row.name}</p>
      {row.label !== row.name ? <p className="text-xs">{row.group}</p> : null}
      <p>
        {formatUtcDate(row.expiration)} (UTC) · {EXPIRY_LABELS[row.status]}
      </p>
    </div>
  );
}

/** About what fits the label column (290 px at 12 px); longer names end in "…", whole in the tooltip and the table. */
const LABEL_CHARS = 46;

function fit(text: string): string {
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;
}

/**
 * A row's label on one line, or for a server's authorization ("name · server") the name above the
 * server: never wrapped by the chart onto its neighbours' rows.
 */
function LabelTick({ x, y, payload }: { x?: number; y?: number; payload?: { value?: unknown } }) {
  const label = typeof payload?.value === 'string' ? payload.value : '';
  const [name = '', server] = label.split(' · ');
  return (
    <g transform={`translate(${x ?? 0},${y ?? 0})`}>
      <title>{label}</title>
      <text textAnchor="end" fill="currentColor" fontSize={12} dy={server ? -3 : 4}>
        {fit(name)}
      </text>
      {server ? (
        <text textAnchor="end" fill="currentColor" fontSize={11} dy={11} opacity={0.8}>
          {fit(server)}
        </text>
      ) : null}
    </g>
  );
}

const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', year: 'numeric' });

/** First-of-month ticks (UTC) across the domain, thinned to at most about ten. */
function monthTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  const start = new Date(min);
  for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); d <= max;) {
    ticks.push(d);
    const next = new Date(d);
    d = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
  }
  const step = Math.ceil(ticks.length / 10);
  return ticks.filter((_, i) => i % step === 0);
}

/** The recharts drawing of ExpirationTimelineChart, loaded after the page (see expiration-timeline-chart.tsx). */
export default function ExpirationTimelineChartSvg({ data, today }: { data: readonly PlottedDatum[]; today: number }) {
  const times = [today, ...data.map((d) => d.expiration)];
  const min = Math.min(...times) - 14 * DAY_MS;
  const max = Math.max(...times) + 14 * DAY_MS;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={GRID_COLOR} />
        <XAxis
          type="number"
          dataKey="expiration"
          domain={[min, max]}
          scale="time"
          tick={{ fill: 'currentColor', fontSize: 12 }}
          ticks={monthTicks(min, max)}
          tickFormatter={(v: number) => MONTH.format(new Date(v))}
          name="Expires"
        />
        <YAxis type="category" reversed dataKey="label" allowDuplicatedCategory={false} width={290} interval={0} tick={<LabelTick />} />
        <Tooltip content={<TooltipBody />} />
        <ReferenceArea x1={today} x2={Math.min(max, today + 30 * DAY_MS)} fill={EXPIRY_COLORS.within30} fillOpacity={0.08} />
        <ReferenceArea
          x1={Math.min(max, today + 30 * DAY_MS)}
          x2={Math.min(max, today + 90 * DAY_MS)}
          fill={EXPIRY_COLORS.within90}
          fillOpacity={0.06}
        />
        <ReferenceLine
          x={today}
          stroke="currentColor"
          strokeDasharray="4 3"
          label={{ value: `Today, ${formatUtcDate(today)}`, position: 'top', fill: 'currentColor', fontSize: 12 }}
        />
        <Scatter name="Expires" data={[...data]} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.key} fill={EXPIRY_COLORS[d.status]} />
          ))}
        </Scatter>
      </ScatterChart>
    </ResponsiveContainer>
  );
}
