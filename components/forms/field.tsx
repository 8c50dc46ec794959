import { useId, type ReactNode } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/** What a field's control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  /**
   * Read-only until React has hydrated the page: the form library sets its values when it takes
   * over, which would overwrite (or, mid-typing, double) what was typed before.
   */
  readOnly: true | undefined;
}

/** The border of a text-like control, red while its field has an error. */
export function controlBorder(error: string | undefined): string {
  return error ? 'border-red-600 dark:border-red-500' : 'border-slate-300 dark:border-slate-700';
}

/**
 * The label above, the hint under it, the control, and the error beside it, announced to screen
 * readers through aria-describedby. Every form field of the dashboard is one of these.
 */
export function Field({
  label,
  hint,
  error,
  className,
  describedBy = [],
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  /** Further ids that describe the control (a live status line, say). */
  describedBy?: readonly string[];
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hydrated = useHydrated();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const descriptions = [hint ? hintId : undefined, error ? errorId : undefined, ...describedBy].filter(Boolean);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': descriptions.join(' ') || undefined,
        readOnly: hydrated ? undefined : true,
      })}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
