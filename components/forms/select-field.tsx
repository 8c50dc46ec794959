import type { ComponentPropsWithRef } from 'react';
import { controlBorder, Field } from './field';

/** A labelled select with its error beside it, like TextField. */
export function SelectField({
  label,
  error,
  hint,
  options,
  className,
  ...select
}: ComponentPropsWithRef<'select'> & {
  label: string;
  error?: string;
  hint?: string;
  name: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select
          {...control}
          className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm dark:bg-slate-900 ${controlBorder(error)}`}
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
