import { cva } from 'class-variance-authority';
import type { ReactNode } from 'react';

export type NoticeTone = 'success' | 'error' | 'info' | 'warning';

/**
 * The colours of a message box, defined once: Notice uses them, and so do the few boxes whose
 * inside differs (a page-level problem with its heading, the warnings inside a confirmation).
 */
export const noticeVariants = cva('border', {
  variants: {
    tone: {
      success: 'border-green-300 bg-green-50 text-green-950 dark:border-green-800 dark:bg-green-950/40 dark:text-green-100',
      error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100',
      info: 'border-blue-300 bg-blue-50 text-blue-950 dark:border-blue-700 dark:bg-blue-950/40 dark:text-blue-100',
      warning: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100',
    },
    size: {
      /** Beside a form. */
      md: 'rounded-md px-4 py-3 text-sm',
      /** One line above a table, or inside a dialog. */
      sm: 'rounded-md px-3 py-2 text-sm',
      /** The whole page's content. */
      panel: 'rounded-lg p-6',
    },
  },
  defaultVariants: { size: 'md' },
});

const LABELS: Record<NoticeTone, string> = { success: 'Done', error: 'Error', info: 'Note', warning: 'Warning' };

/**
 * A message beside a form: the outcome of an action, in words. Errors are announced at once
 * (role="alert"), the rest politely (role="status"). The leading word repeats what the colour says.
 */
export function Notice({ kind, title, children }: { kind: NoticeTone; title?: string; children?: ReactNode }) {
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={noticeVariants({ tone: kind })}>
      <p className="font-medium">
        <span className="sr-only">{LABELS[kind]}: </span>
        {title}
      </p>
      {children ? <div className="mt-1 space-y-1">{children}</div> : null}
    </div>
  );
}
