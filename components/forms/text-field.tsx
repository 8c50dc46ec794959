import type { ComponentPropsWithRef } from 'react';
import { controlBorder, Field } from './field';

/** A labelled input with its error beside it, announced to screen readers. */
export function TextField({
  label,
  error,
  hint,
  className,
  ...input
}: ComponentPropsWithRef<'input'> & { label: string; error?: string; hint?: string; name: string }) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm dark:bg-slate-900 ${controlBorder(error)}`}
          {...input}
        />
      )}
    </Field>
  );
}
