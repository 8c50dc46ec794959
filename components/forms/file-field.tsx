import { useId, type InputHTMLAttributes, type Ref } from 'react';

/** A labelled file input with its hint and error beside it, announced to screen readers. */
export function FileField({
  label,
  error,
  hint,
  inputRef,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: string; error?: string; hint?: string; name: string; inputRef?: Ref<HTMLInputElement> }) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        ref={inputRef}
        type="file"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded-md border bg-white text-sm shadow-sm file:mr-3 file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-900 dark:bg-slate-900 dark:file:bg-slate-800 dark:file:text-slate-100 ${
          error ? 'border-red-600 dark:border-red-500' : 'border-slate-300 dark:border-slate-700'
        }`}
        {...input}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
