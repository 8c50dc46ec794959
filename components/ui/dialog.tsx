'use client';

import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode, type RefObject } from 'react';

/**
 * A modal dialog on Radix UI's Dialog: the page behind is hidden from assistive technology and
 * inert, Escape closes it, Tab and Shift+Tab stay inside it, and focus returns to what opened it
 * (Radix returns it to a Dialog.Trigger only; these dialogs open from a form or a row, so the
 * opener is remembered here). A click outside does nothing: a question must be answered.
 */
export function Dialog({
  open,
  title,
  children,
  footer,
  onClose,
  initialFocus,
  closable = true,
  wide = false,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  footer: ReactNode;
  onClose: () => void;
  /** The element to focus first (the safe choice); the first focusable element otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** False while a change is on its way: Escape then leaves the dialog open, to show the answer. */
  closable?: boolean;
  /** Room for a table (56rem) rather than a question (32rem); the phone's width either way. */
  wide?: boolean;
}) {
  const opener = useRef<HTMLElement | null>(null);
  return (
    <RadixDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
    >
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50" />
        <RadixDialog.Content
          onOpenAutoFocus={(event) => {
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            if (initialFocus?.current) {
              event.preventDefault();
              initialFocus.current.focus();
            }
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            opener.current?.focus();
          }}
          onEscapeKeyDown={(event) => {
            if (!closable) event.preventDefault();
          }}
          onInteractOutside={(event) => event.preventDefault()}
          className={`fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] ${wide ? 'w-[min(56rem,calc(100vw-2rem))]' : 'w-[min(32rem,calc(100vw-2rem))]'} -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 text-slate-900 shadow-xl ring-1 ring-slate-900/10 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700`}
        >
          <RadixDialog.Title className="text-lg font-semibold">{title}</RadixDialog.Title>
          <RadixDialog.Description asChild>
            <div className="mt-3 space-y-2 text-sm">{children}</div>
          </RadixDialog.Description>
          {/* Kept in view while a long body (a bulk preview on a phone) scrolls under it. */}
          <div className="sticky -bottom-6 -mx-6 -mb-6 mt-6 flex flex-wrap justify-end gap-3 border-t border-slate-200 bg-white px-6 py-4 dark:border-slate-700 dark:bg-slate-900">
            {footer}
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
