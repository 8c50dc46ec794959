import type { InputHTMLAttributes, Ref } from 'react';
import { controlBorder, Field } from './field';

/** A labelled file input with its hint and error beside it, announced to screen readers. */
export function FileField({
  label,
  error,
  hint,
  inputRef,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  error?: string;
  hint?: string;
  name: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          type="file"
          className={`mt-1 block w-full rounded-md border bg-white text-sm shadow-sm file:mr-3 file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-900 dark:bg-slate-900 dark:file:bg-slate-800 dark:file:text-slate-100 ${controlBorder(error)}`}
          {...input}
        />
      )}
    </Field>
  );
}
