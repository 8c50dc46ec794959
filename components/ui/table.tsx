import * as ScrollArea from '@radix-ui/react-scroll-area';
import { useId, type ReactNode, type ThHTMLAttributes, type TdHTMLAttributes } from 'react';
import styles from './table.module.css';

// A table wider than its box (a phone) scrolls sideways inside it, never the page, with its first
// column (the row's name; in a table grouped by a rowgroup header, that header) kept in view and a
// visible scrollbar and line saying there is more. Cards were the other way: they would need every
// cell of every table labelled with its column, while this works for each table as written and
// keeps figures in columns that can be compared down the page.

/**
 * A data table with its caption. Below the width it needs it scrolls inside a Radix UI ScrollArea,
 * whose scrollbar shows whenever there is more to the side (phones hide native scrollbars until a
 * swipe). The scrolling box is a focusable region named by the caption, so keyboard users can scroll
 * it too (Adrian Roselli, "Under-Engineered Responsive Tables").
 */
export function Table({ caption, children, captionHidden = false }: { caption: string; children: ReactNode; captionHidden?: boolean }) {
  const captionId = useId();
  return (
    <div className={styles.frame}>
      <p aria-hidden="true" className={`${styles.hint} mb-1 text-right text-xs text-slate-600 dark:text-slate-400`}>
        More columns: scroll sideways →
      </p>
      <ScrollArea.Root type="auto" className="relative">
        <ScrollArea.Viewport
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
          // Scrolls natively before the page is interactive too (Radix turns scrolling on only once its
          // scrollbar mounts). Positioned, so that absolutely placed cell content (a visually hidden
          // label) is held inside the scroller instead of widening the page.
          className={`${styles.viewport} relative overflow-x-auto! rounded-sm`}
        >
          <table className={`${styles.table} w-full border-collapse text-left text-sm`}>
            <caption id={captionId} className={captionHidden ? 'sr-only' : 'mb-2 text-left text-sm font-medium text-slate-700 dark:text-slate-300'}>
              {/* Kept in view and wrapped to the screen while the table scrolls under it. */}
              <span className="sticky left-0 inline-block max-w-[calc(100vw-4rem)]">{caption}</span>
            </caption>
            {children}
          </table>
        </ScrollArea.Viewport>
        <ScrollArea.Scrollbar
          orientation="horizontal"
          className={`${styles.scrollbar} flex h-2.5 touch-none select-none rounded-full bg-slate-100 p-0.5 dark:bg-slate-800`}
        >
          <ScrollArea.Thumb className="relative flex-1 rounded-full bg-slate-400 dark:bg-slate-500" />
        </ScrollArea.Scrollbar>
      </ScrollArea.Root>
    </div>
  );
}

export function Th({ className = '', ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`border-b border-slate-200 px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:border-slate-700 dark:text-slate-400 ${className}`}
      {...props}
    />
  );
}

export function Td({ className = '', ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800 ${className}`} {...props} />;
}
