'use client';

import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { MemberView } from '@/lib/features/members/contract';
import type { MemberQuery } from '@/lib/licensing/member-filter';
import { memberFilterOnly, memberQueryString } from '@/lib/licensing/member-query-string';
import { formatCount } from '@/lib/view/dates';
import { MemberTable } from './member-table';

/** Who a change applies to: members picked by username, or every member the filter (a /members query string) matches. */
type MemberSelection = { usernames: string[] } | { filter: string };

/** What the "Change licenses…" dialog is given (the props of components/members/bulk-change-dialog.tsx). */
export interface ChangeDialogProps {
  selection: MemberSelection;
  /** How many members the selection holds. */
  count: number;
  onClose(): void;
  /** After a change was sent: the page reads the inventory again; the dialog stays open on its results until closed. */
  onDone(): void;
}

/**
 * The members table with its selection: a checkbox per member, one for the whole page, "select all N
 * matching the filter", and "Change licenses…", which opens the dialog `renderDialog` draws. The
 * selection is this page's; a new filter, sort or page starts a new one (the page keys this by URL).
 */
export function MembersWorkspace({
  path,
  query,
  members,
  total,
  now,
  pager,
  renderDialog,
}: {
  path: string;
  query: MemberQuery;
  members: readonly MemberView[];
  /** Members matching the filter over all pages. */
  total: number;
  now: number;
  /** The pager (components/members/member-pager.tsx), rendered on the server: links only, no script. */
  pager: ReactNode;
  renderDialog(props: ChangeDialogProps): ReactNode;
}) {
  const router = useRouter();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [open, setOpen] = useState(false);
  const everyOnPage = members.length > 0 && members.every((member) => picked.has(member.username));
  const count = allMatching ? total : picked.size;
  const selection: MemberSelection = allMatching ? { filter: memberQueryString(memberFilterOnly(query)) } : { usernames: [...picked] };

  const toggle = (username: string) => {
    setAllMatching(false);
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(username)) next.delete(username);
      else next.add(username);
      return next;
    });
  };
  const togglePage = () => {
    setAllMatching(false);
    setPicked(everyOnPage ? new Set() : new Set(members.map((member) => member.username)));
  };

  const pageToggle = (
    <input
      type="checkbox"
      aria-label="Select every member on this page"
      className="mr-3 size-4 align-middle"
      checked={everyOnPage}
      disabled={members.length === 0}
      onChange={togglePage}
    />
  );

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        {pager}
        <div className="flex flex-wrap items-center gap-3 text-sm" role="group" aria-label="Selection">
          <span aria-live="polite" data-testid="selection-count">
            {count === 0
              ? 'None selected'
              : allMatching
                ? `All ${formatCount(total)} matching the filter selected`
                : `${formatCount(count)} selected`}
          </span>
          {everyOnPage && !allMatching && total > members.length ? (
            <Button variant="secondary" onClick={() => setAllMatching(true)}>
              Select all {formatCount(total)} matching the filter
            </Button>
          ) : null}
          {count > 0 ? (
            <Button
              variant="secondary"
              onClick={() => {
                setAllMatching(false);
                setPicked(new Set());
              }}
            >
              Clear selection
            </Button>
          ) : null}
          <Button disabled={count === 0} onClick={() => setOpen(true)}>
            Change licenses…
          </Button>
        </div>
      </div>
      {members.length > 0 ? (
        <MemberTable
          path={path}
          query={query}
          members={members}
          now={now}
          selected={allMatching ? new Set(members.map((m) => m.username)) : picked}
          onToggle={toggle}
          pageToggle={pageToggle}
        />
      ) : null}
      {open
        ? renderDialog({
            selection,
            count,
            onClose: () => setOpen(false),
            onDone: () => router.refresh(),
          })
        : null}
    </div>
  );
}
