'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { MembersWorkspace, type ChangeDialogProps } from '@/components/members/members-workspace';
import { formatCount } from '@/lib/view/dates';

// The page's one place where the bulk change dialog is chosen. Until the bulk branch's
// BulkChangeDialog (components/members/bulk-change-dialog.tsx, same props) is wired in here, a
// placeholder only lists the selection and sends nothing.

function ChangeLicensesPlaceholder({ selection, count, onClose }: ChangeDialogProps) {
  return (
    <Dialog
      open
      title="Change licenses"
      onClose={onClose}
      footer={
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <p>
        {formatCount(count)} member{count === 1 ? '' : 's'} selected. Changing licenses in bulk is not available in this version: nothing is sent.
      </p>
      {'usernames' in selection ? (
        <ul className="max-h-48 list-inside list-disc overflow-y-auto font-mono text-xs" aria-label="Selected members">
          {selection.usernames.map((username) => (
            <li key={username}>{username}</li>
          ))}
        </ul>
      ) : (
        <p>
          Every member matching the filter <code className="font-mono text-xs [overflow-wrap:anywhere]">{selection.filter || '(no filter)'}</code>.
        </p>
      )}
    </Dialog>
  );
}

/** The members table (components/members/members-workspace.tsx) with this page's change dialog. */
export function MembersWithChangeDialog(props: Omit<Parameters<typeof MembersWorkspace>[0], 'renderDialog'>) {
  return <MembersWorkspace {...props} renderDialog={(dialog) => <ChangeLicensesPlaceholder {...dialog} />} />;
}
