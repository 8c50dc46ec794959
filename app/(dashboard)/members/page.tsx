import { MemberFilters, type MemberFilterFields } from '@/components/members/member-filters';
import { MemberPager } from '@/components/members/member-pager';
import { SyncPanel } from '@/components/members/sync-panel';
import { buttonVariants } from '@/components/ui/button-variants';
import { Notice } from '@/components/ui/notice';
import { ProblemPanel } from '@/components/ui/problem-panel';
import { MEMBERS_CSV_PATH, type MembersPage } from '@/lib/features/members/contract';
import { readMembersPage } from '@/lib/features/members/server';
import { describeProblem } from '@/lib/http/problem';
import { memberFilterOnly, MemberQuerySchema, memberQueryString, type MemberQuery } from '@/lib/licensing/member-filter';
import { PAGES } from '@/lib/pages';
import type { PortalSession } from '@/lib/session';
import { DashboardPage, pageMetadata } from '../dashboard-page';
import { MembersWithChangeDialog } from './change-licenses';

export const generateMetadata = pageMetadata('members');

type SearchParams = Record<string, string | string[] | undefined>;

const FIELDS = ['userType', 'role', 'app', 'entitlement', 'idle', 'never', 'proIdle', 'offline', 'disabled', 'q', 'sort', 'dir', 'size'] as const;

/** The filter fields of the URL, first value of each, as typed. */
function filterFields(params: SearchParams): MemberFilterFields {
  return Object.fromEntries(
    FIELDS.flatMap((field) => {
      const first = [params[field]].flat()[0];
      return first ? [[field, first]] : [];
    }),
  );
}

function MembersView({ view, query, fields, path }: { view: MembersPage; query: MemberQuery; fields: MemberFilterFields; path: string }) {
  const { inventory } = view;
  if (!inventory) {
    return (
      <div className="space-y-4">
        <Notice kind="info" title="No inventory yet">
          The members and their licenses are read from the portal into the dashboard’s store, by Sync now and on the collector’s interval; nothing has
          been read for this portal yet.
        </Notice>
        <SyncPanel inventory={null} now={view.now} />
      </div>
    );
  }
  const csvQuery = memberQueryString(memberFilterOnly(query));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <SyncPanel inventory={inventory} now={view.now} />
        <a href={`${MEMBERS_CSV_PATH}${csvQuery ? `?${csvQuery}` : ''}`} download className={buttonVariants({ variant: 'secondary' })}>
          Download CSV (this filter)
        </a>
      </div>
      <MemberFilters path={path} values={fields} choices={{ ...view.facets, apps: inventory.listings }} />
      <MembersWithChangeDialog
        key={memberQueryString(query)}
        path={path}
        query={query}
        members={view.members}
        total={view.total}
        now={view.now}
        pager={<MemberPager path={path} query={query} total={view.total} />}
      />
    </div>
  );
}

/** The page's body: the inventory read on the server; a filter it cannot read is said beside its field, a store out of reach in words, never a 500. */
async function Members({ session, params }: { session: PortalSession; params: SearchParams }) {
  const { path } = PAGES.members;
  const fields = filterFields(params);
  const parsed = MemberQuerySchema.safeParse({ ...fields, page: [params.page].flat()[0] });
  const result = await (parsed.success ? readMembersPage(session, parsed.data) : Promise.reject(parsed.error)).then(
    (view) => ({ ok: true as const, view }),
    (error: unknown) => ({ ok: false as const, problem: describeProblem(error, session.portalUrl).body.error }),
  );
  if (result.ok && parsed.success) return <MembersView view={result.view} query={parsed.data} fields={fields} path={path} />;
  if (!result.ok && result.problem.code === 'invalid_input' && result.problem.field) {
    return (
      <MemberFilters
        path={path}
        values={fields}
        choices={{ userTypes: [], roles: [], entitlements: [], apps: [] }}
        errorField={result.problem.field}
        errorMessage={result.problem.message}
      />
    );
  }
  return result.ok ? null : <ProblemPanel problem={result.problem} />;
}

export default async function MembersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  return (
    <DashboardPage
      page="members"
      intro="Every member with their user type, role, last sign-in and app licenses (each with its own last use), from the dashboard’s inventory of the portal. Filter, export, and select members to change their licenses."
    >
      {(session) => <Members session={session} params={params} />}
    </DashboardPage>
  );
}
