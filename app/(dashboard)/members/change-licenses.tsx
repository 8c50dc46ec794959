'use client';

import dynamic from 'next/dynamic';
import { MembersWorkspace } from '@/components/members/members-workspace';

// The dialog (its forms, the bulk change contract's schemas) is loaded when an admin opens it, not
// with the page: most visits read the table and never change a license.
const BulkChangeDialog = dynamic(() => import('@/components/members/bulk-change-dialog').then((module) => module.BulkChangeDialog), {
  ssr: false,
});

/** The members table (components/members/members-workspace.tsx) with the bulk change dialog for its selection. */
export function MembersWithChangeDialog(props: Omit<Parameters<typeof MembersWorkspace>[0], 'renderDialog'>) {
  return <MembersWorkspace {...props} renderDialog={(dialog) => <BulkChangeDialog {...dialog} />} />;
}
