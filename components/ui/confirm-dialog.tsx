'use client';

import { useRef, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { useSubmitLock } from './use-submit-lock';

/**
 * A question before a change: Cancel is focused first (the safe choice), and while the change is
 * on its way neither button nor Escape closes the dialog, which would hide its answer. The confirm
 * button answers its first click only, until the dialog opens again: a double click sends once.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  pendingLabel,
  danger = false,
  pending = false,
  onConfirm,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  pendingLabel?: string;
  danger?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  const lock = useSubmitLock(open);
  return (
    <Dialog
      open={open}
      title={title}
      onClose={() => {
        if (!pending) onCancel();
      }}
      closable={!pending}
      initialFocus={cancel}
      footer={
        <>
          <Button ref={cancel} variant="secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={() => lock.once(onConfirm)} disabled={pending}>
            {pending && pendingLabel ? pendingLabel : confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
