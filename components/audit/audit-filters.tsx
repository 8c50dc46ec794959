'use client';

import Link from 'next/link';
import { SelectField } from '@/components/forms/select-field';
import { TextField } from '@/components/forms/text-field';
import { buttonVariants } from '@/components/ui/button-variants';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from '@/lib/schemas/audit-values';
import { ACTION_WORDS, OUTCOME_WORDS } from './audit-words';

/** The filter as the URL carries it (raw text, so an invalid value is shown back as typed). */
export type AuditFilterFields = Partial<Record<'action' | 'admin' | 'outcome' | 'from' | 'to', string>>;

const ACTION_OPTIONS = [{ value: '', label: 'Any action' }, ...AUDIT_ACTIONS.map((action) => ({ value: action, label: ACTION_WORDS[action] }))];
const OUTCOME_OPTIONS = [
  { value: '', label: 'Any outcome' },
  ...AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: OUTCOME_WORDS[outcome].label })),
];

/**
 * The audit log's filter: a plain GET form, so the filter lives in the URL (shareable, back button)
 * and works before any JavaScript runs. `errorField` marks the field the server could not read.
 */
export function AuditFilters({
  path,
  values,
  errorField,
  errorMessage,
}: {
  path: string;
  values: AuditFilterFields;
  errorField?: string;
  errorMessage?: string;
}) {
  const errorOf = (field: string) => (errorField === field ? errorMessage : undefined);
  return (
    <form method="get" action={path} aria-label="Filter the audit log" className="grid grid-cols-2 items-end gap-3 lg:grid-cols-6">
      <SelectField label="Action" name="action" defaultValue={values.action ?? ''} options={ACTION_OPTIONS} error={errorOf('action')} />
      <TextField label="Admin" name="admin" defaultValue={values.admin ?? ''} autoComplete="off" error={errorOf('admin')} />
      <SelectField label="Outcome" name="outcome" defaultValue={values.outcome ?? ''} options={OUTCOME_OPTIONS} error={errorOf('outcome')} />
      <TextField label="From (UTC)" name="from" type="date" defaultValue={values.from ?? ''} error={errorOf('from')} />
      <TextField label="To (UTC)" name="to" type="date" defaultValue={values.to ?? ''} error={errorOf('to')} />
      <div className="col-span-2 flex gap-2 lg:col-span-1">
        <button type="submit" className={buttonVariants()}>
          Apply
        </button>
        <Link href={path} className={buttonVariants({ variant: 'secondary' })}>
          Clear
        </Link>
      </div>
    </form>
  );
}
