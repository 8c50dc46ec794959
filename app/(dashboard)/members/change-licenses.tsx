'use client';

import { BulkChangeDialog } from '@/components/members/bulk-change-dialog';
import { MembersWorkspace } from '@/components/members/members-workspace';

/** The members table (components/members/members-workspace.tsx) with the bulk change dialog for its selection. */
export function MembersWithChangeDialog(props: Omit<Parameters<typeof MembersWorkspace>[0], 'renderDialog'>) {
  return <MembersWorkspace {...props} renderDialog={(dialog) => <BulkChangeDialog {...dialog} />} />;
}
