import { AuditFilters, type AuditFilterFields } from '@/components/audit/audit-filters';
import { AuditPager } from '@/components/audit/audit-pager';
import { AuditTable } from '@/components/audit/audit-table';
import { buttonVariants } from '@/components/ui/button-variants';
import { ProblemPanel } from '@/components/ui/problem-panel';
import { AUDIT_EXPORT_PATH, AuditPageQuerySchema } from '@/lib/features/audit/contract';
import { readAuditPage } from '@/lib/features/audit/server';
import { describeProblem } from '@/lib/http/problem';
import { PAGES } from '@/lib/pages';
import type { PortalSession } from '@/lib/session';
import { DashboardPage, pageMetadata } from '../dashboard-page';

export const generateMetadata = pageMetadata('audit');

type SearchParams = Record<string, string | string[] | undefined>;

const FILTER_FIELDS = ['action', 'admin', 'outcome', 'from', 'to'] as const;

/** The filter fields of the URL, first value of each, as typed. */
function filterFields(params: SearchParams): AuditFilterFields {
  return Object.fromEntries(
    FILTER_FIELDS.flatMap((field) => {
      const value = params[field];
      const first = Array.isArray(value) ? value[0] : value;
      return first ? [[field, first]] : [];
    }),
  );
}

/** The log itself: read from the store on the server; an invalid filter or a store out of reach is said in words, never a 500. */
async function AuditLog({ session, params }: { session: PortalSession; params: SearchParams }) {
  const { path } = PAGES.audit;
  const fields = filterFields(params);
  const query = new URLSearchParams(Object.entries(fields)).toString();
  const page = Array.isArray(params.page) ? params.page[0] : params.page;
  const parsed = AuditPageQuerySchema.safeParse({ ...fields, page });
  const result = await (parsed.success ? readAuditPage(session, parsed.data) : Promise.reject(parsed.error)).then(
    (view) => ({ ok: true as const, view }),
    (error: unknown) => ({ ok: false as const, problem: describeProblem(error, session.portalUrl).body.error }),
  );
  return (
    <div className="space-y-4">
      <AuditFilters
        path={path}
        values={fields}
        errorField={result.ok ? undefined : result.problem.field}
        errorMessage={result.ok ? undefined : result.problem.message}
      />
      {result.ok ? (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <AuditPager path={path} query={query} page={result.view.page} pageSize={result.view.pageSize} total={result.view.total} />
            <a href={`${AUDIT_EXPORT_PATH}${query ? `?${query}` : ''}`} download className={buttonVariants({ variant: 'secondary' })}>
              Download CSV (this filter)
            </a>
          </div>
          {result.view.entries.length > 0 ? <AuditTable entries={result.view.entries} /> : null}
        </>
      ) : result.problem.code === 'invalid_input' && result.problem.field ? null : (
        // A filter the server could not read is said beside its field above; anything else here.
        <ProblemPanel problem={result.problem} />
      )}
    </div>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  return (
    <DashboardPage
      page="audit"
      intro="Every change made through this dashboard (and every sign-in and sign-out), written before it is sent to the portal and completed when the portal answers. Entries are never edited or deleted here; AUDIT_RETENTION_DAYS removes old ones."
    >
      {(session) => <AuditLog session={session} params={params} />}
    </DashboardPage>
  );
}
