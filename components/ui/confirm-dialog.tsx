'use client';

import type { ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

/**
 * A question before a change: Cancel is focused first (the safe choice), and while the change is
 * on its way neither button nor Escape closes the dialog, which would hide its answer.
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
  return (
    <Dialog
      open={open}
      title={title}
      onClose={() => {
        if (!pending) onCancel();
      }}
      initialFocus="[data-cancel]"
      footer={
        <>
          <Button variant="secondary" data-cancel="" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={pending}>
            {pending && pendingLabel ? pendingLabel : confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
