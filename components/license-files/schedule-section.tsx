'use client';

import { useId, useState } from 'react';
import { EntitlementScheduleChart } from '@/components/charts/entitlement-schedule-chart';
import { Badge } from '@/components/ui/badge';
import { ScheduledChangesTable } from '@/components/ui/scheduled-changes-table';
import { Section } from '@/components/ui/section';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCount, formatUtcDate } from '@/lib/view/dates';
import { CATEGORY_LABELS } from '@/lib/licensing/display-names';
import {
  futureSteps,
  isExpiryStep,
  scheduleKey,
  stepInForce,
  type EntitlementSchedule,
  type ScheduleStep,
} from '@/lib/licensing/entitlement-schedule';
import { fileScheduledChanges, type UsedOf } from '@/lib/licensing/scheduled-changes';
import type { EntitlementCategory } from '@/lib/licensing/license-model';

function stepStatus(step: ScheduleStep, schedule: EntitlementSchedule, asOf: number) {
  if (step === stepInForce(schedule, asOf)) return <Badge tone="green">In force now</Badge>;
  if (step.start <= asOf) return <Badge tone="gray">Past</Badge>;
  return isExpiryStep(step) ? <Badge tone="red">Ends</Badge> : <Badge tone="blue">Scheduled</Badge>;
}

/** An entitlement worth drawing first: one whose seats change before it ends. */
function changesMidway(schedule: EntitlementSchedule, asOf: number): boolean {
  return futureSteps(schedule, asOf).some((step) => !isExpiryStep(step));
}

/**
 * A license file that lists entitlements once per step (Kubernetes files do): each entitlement's
 * seats over time, and every change it schedules after today. The preview above compares the
 * organization with the step in force now.
 */
export function ScheduleSection({
  schedules,
  nameOf,
  usedOf,
  asOf,
}: {
  schedules: readonly EntitlementSchedule[];
  nameOf: (category: EntitlementCategory, id: string) => string;
  /** Members holding each entitlement today: a later step below it is flagged. */
  usedOf: UsedOf;
  asOf: number;
}) {
  const drawable = schedules.filter((s) => s.steps.length > 1 && s.steps.some((step) => step.seats !== undefined));
  const [selected, setSelected] = useState(() => {
    const first = drawable.find((s) => changesMidway(s, asOf)) ?? drawable[0];
    return first ? scheduleKey(first.category, first.id) : '';
  });
  const selectId = useId();
  const schedule = drawable.find((s) => scheduleKey(s.category, s.id) === selected);
  const changes = fileScheduledChanges(schedules, asOf, nameOf, usedOf);
  if (!schedule) return null;
  const name = nameOf(schedule.category, schedule.id);

  return (
    <Section
      id="schedule"
      title="Seats over time in this file"
      description="This file lists entitlements once per step: each step holds from its date until the next, and a step to 0 seats is the expiry. The comparison above uses the step in force today."
    >
      <div className="space-y-4">
        <div>
          <label htmlFor={selectId} className="block text-sm font-medium">
            Entitlement
          </label>
          <select
            id={selectId}
            value={selected}
            onChange={(event) => setSelected(event.target.value)}
            className="mt-1 block w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
          >
            {drawable.map((s) => {
              const key = scheduleKey(s.category, s.id);
              return (
                <option key={key} value={key}>
                  {nameOf(s.category, s.id)} ({CATEGORY_LABELS[s.category]}){changesMidway(s, asOf) ? ' · changes' : ''}
                </option>
              );
            })}
          </select>
        </div>
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <EntitlementScheduleChart
            steps={schedule.steps}
            today={asOf}
            description={`Step chart of ${name}'s seats over time in this file, with a marker for today. The table beside it lists the same steps.`}
          />
          <Table caption={`Steps of ${name}`}>
            <thead>
              <tr>
                <Th>From (UTC)</Th>
                <Th className="text-right">Seats</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody>
              {schedule.steps.map((step) => (
                <tr key={step.start}>
                  <Td className="whitespace-nowrap">{formatUtcDate(step.start)}</Td>
                  <Td className="text-right tabular-nums">{step.seats !== undefined ? formatCount(step.seats) : '—'}</Td>
                  <Td>{stepStatus(step, schedule, asOf)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
        {changes.length > 0 ? (
          <ScheduledChangesTable
            caption="Changes of seats this file schedules after today (expiries are in the tables above)"
            changes={changes}
            asOf={asOf}
            testIdPrefix="file-change-"
          />
        ) : (
          <p className="text-sm">This file schedules no change of seats after today other than the expiries.</p>
        )}
      </div>
    </Section>
  );
}
