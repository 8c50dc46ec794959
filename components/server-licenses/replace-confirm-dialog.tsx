'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { AUTHORIZATION_KIND_LABELS, type ServerAuthorization } from '@/lib/licensing/server-licenses';

/**
 * The second confirmation of a replace (overwrite=true): every current authorization goes, and
 * only what the file holds remains. The dashboard cannot read an authorization file, so it lists
 * all of them.
 */
export function ReplaceConfirmDialog({
  open,
  fileName,
  current,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  fileName: string;
  current: readonly ServerAuthorization[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      open={open}
      title="Replace the current authorizations?"
      confirmLabel={`Replace with ${fileName}`}
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        Replacing removes <strong>every</strong> current authorization of this ArcGIS Server; only what <strong>{fileName}</strong> holds remains.
        Anything below that the file does not contain stops working:
      </p>
      <ul className="max-h-60 list-disc space-y-0.5 overflow-y-auto pl-5" aria-label="Authorizations that will be removed">
        {current.map((a) => (
          <li key={a.key}>
            {a.name} <span className="text-slate-600 dark:text-slate-400">({AUTHORIZATION_KIND_LABELS[a.kind].toLowerCase()})</span>
          </li>
        ))}
      </ul>
      <p>To add the file&apos;s authorizations and keep these, cancel and choose “Append to current authorizations”.</p>
    </ConfirmDialog>
  );
}
