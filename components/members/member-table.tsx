import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { MemberLicenseView, MemberView } from '@/lib/features/members/contract';
import type { MemberQuery } from '@/lib/licensing/member-filter';
import { formatUtcDate } from '@/lib/view/dates';
import { SortHeader } from './member-sort-header';
import { agoWords, entitlementWords, roleWords, userTypeWords } from './member-words';

function LastUse({ at, now, never }: { at: number | null; now: number; never: string }) {
  if (at === null) return <span className="text-slate-600 dark:text-slate-400">{never}</span>;
  return (
    <span>
      {agoWords(at, now)}{' '}
      <time dateTime={new Date(at).toISOString()} className="text-slate-600 dark:text-slate-400">
        ({formatUtcDate(at)} UTC)
      </time>
    </span>
  );
}

function Licenses({ licenses, now }: { licenses: readonly MemberLicenseView[]; now: number }) {
  if (licenses.length === 0) return <span className="text-slate-600 dark:text-slate-400">none</span>;
  return (
    <ul className="space-y-1">
      {licenses.map((license) => (
        <li key={license.itemId}>
          <span className="font-medium">{license.app}</span>
          {license.entitlements.length > 0 ? `: ${license.entitlements.map(entitlementWords).join(', ')}` : null}
          <span className="block text-xs">
            last used <LastUse at={license.lastLogin} now={now} never="never" />
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * One page of members: who (full name and username, with a selection checkbox), user type, role, last
 * sign-in (relative and its UTC date), the app licenses held (ArcGIS Pro's level and extensions, other
 * apps, each with its own last use), offline and disabled in words. Headers sort through the URL.
 */
export function MemberTable({
  path,
  query,
  members,
  now,
  selected,
  onToggle,
  pageToggle,
}: {
  path: string;
  query: MemberQuery;
  members: readonly MemberView[];
  /** Epoch ms the "… ago" words count from. */
  now: number;
  selected: ReadonlySet<string>;
  onToggle(username: string): void;
  /** The header's "select every member of this page" checkbox. */
  pageToggle: ReactNode;
}) {
  return (
    <Table caption="Members of the organization (times in UTC)" captionHidden>
      <thead>
        <tr>
          <SortHeader path={path} query={query} sort="name" label="Member" before={pageToggle} />
          <SortHeader path={path} query={query} sort="userType" label="User type" />
          <SortHeader path={path} query={query} sort="role" label="Role" />
          <SortHeader path={path} query={query} sort="lastLogin" label="Last sign-in" />
          <Th>Add-on licenses</Th>
          <Th>Offline</Th>
          <Th>Disabled</Th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => {
          const offline = member.licenses.filter((license) => license.disconnected);
          return (
            <tr key={member.username} data-testid={`member-${member.username}`}>
              <Td className="min-w-48">
                <label className="flex items-start gap-3">
                  <input type="checkbox" className="mt-1 size-4" checked={selected.has(member.username)} onChange={() => onToggle(member.username)} />
                  <span className="flex flex-col">
                    <span className="font-medium">{member.fullName ?? member.username}</span>
                    <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{member.username}</span>
                  </span>
                </label>
              </Td>
              <Td>{userTypeWords(member.userLicenseTypeId)}</Td>
              <Td>{roleWords(member.role, member.roleId)}</Td>
              <Td className="min-w-40">
                <LastUse at={member.lastLogin} now={now} never="never signed in" />
              </Td>
              <Td className="min-w-56">
                <Licenses licenses={member.licenses} now={now} />
              </Td>
              <Td>{offline.length > 0 ? <Badge tone="amber">offline: {offline.map((license) => license.app).join(', ')}</Badge> : 'no'}</Td>
              <Td>{member.disabled ? <Badge tone="gray">disabled</Badge> : 'no'}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
