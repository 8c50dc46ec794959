'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ReleaseAppId } from '@/lib/licensing/releasable-apps';

export interface ReleaseTarget {
  username: string;
  /** Shown beside the username when known (the listing or the member search gave it). */
  fullName?: string;
  appId: ReleaseAppId;
  appName: string;
  /** Where the release was asked for, so its outcome shows there. */
  origin: 'table' | 'form';
}

/** "Release ArcGIS Pro for jdoe?": who, what, and what it does to the member's device. Cancel is focused first. */
export function ReleaseConfirmDialog({
  target,
  pending,
  onConfirm,
  onCancel,
}: {
  target: ReleaseTarget | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      open={target !== null}
      title={target ? `Release ${target.appName} for ${target.username}?` : ''}
      confirmLabel="Release license"
      pendingLabel="Releasing…"
      danger
      pending={pending}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {target ? (
        <>
          <p>
            This checks in the {target.appName} license that <strong>{target.username}</strong>
            {target.fullName ? ` (${target.fullName})` : ''} took offline.
          </p>
          <p>
            The device it was checked out to can no longer use {target.appName} offline with it. {target.username} can then sign in to{' '}
            {target.appName} again, or check a license out on another device.
          </p>
        </>
      ) : null}
    </ConfirmDialog>
  );
}
