'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { noticeVariants } from '@/components/ui/notice';
import type { ImportWarning } from '@/lib/licensing/import-warnings';

/** Step 3: the last look before the import, repeating every warning. */
export function ImportConfirmDialog({
  open,
  fileName,
  kindLabel,
  warnings,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  fileName: string;
  kindLabel: string;
  warnings: readonly ImportWarning[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      open={open}
      title="Import this license?"
      confirmLabel={warnings.length > 0 ? 'Import despite the warnings' : 'Import license'}
      danger={warnings.length > 0}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        <strong>{fileName}</strong> replaces the {kindLabel}&apos;s user types, apps, app bundles and extensions with the ones in the file, as the
        preview shows. Members keep their user types even where seats fall short.
      </p>
      {warnings.length > 0 ? (
        <div className={noticeVariants({ tone: 'warning', size: 'sm' })}>
          <p className="font-medium">Warnings</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {warnings.map((warning) => (
              <li key={`${warning.kind}:${warning.message}`}>{warning.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>The preview found nothing to warn about.</p>
      )}
    </ConfirmDialog>
  );
}
