import type { ReactNode } from 'react';

type Kind = 'success' | 'error' | 'info' | 'warning';

const STYLES: Record<Kind, string> = {
  success: 'border-green-300 bg-green-50 text-green-950 dark:border-green-800 dark:bg-green-950/40 dark:text-green-100',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100',
  info: 'border-blue-300 bg-blue-50 text-blue-950 dark:border-blue-700 dark:bg-blue-950/40 dark:text-blue-100',
  warning: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100',
};

const LABELS: Record<Kind, string> = { success: 'Done', error: 'Error', info: 'Note', warning: 'Warning' };

/**
 * A message beside a form: the outcome of an action, in words. Errors are announced at once
 * (role="alert"), the rest politely (role="status"). The leading word repeats what the colour says.
 */
export function Notice({ kind, title, children }: { kind: Kind; title?: string; children?: ReactNode }) {
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={`rounded-md border px-4 py-3 text-sm ${STYLES[kind]}`}>
      <p className="font-medium">
        <span className="sr-only">{LABELS[kind]}: </span>
        {title}
      </p>
      {children ? <div className="mt-1 space-y-1">{children}</div> : null}
    </div>
  );
}
