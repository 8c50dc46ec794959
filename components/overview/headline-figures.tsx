import Link from 'next/link';
import { ExpiryBadge, UtilizationBadge } from '@/components/ui/status-badges';
import { formatDaysFromNow, formatPercent, formatUtcDate } from '@/lib/view/dates';
import type { OverviewSummary } from '@/lib/licensing/overview';
import { expiryStatus } from '@/lib/licensing/expiry-buckets';
import { ORGANIZATION_SOURCE, type TimelineItem } from '@/lib/licensing/timeline';
import { formatUsage } from '@/lib/licensing/utilization';

/** The headline names the first few; the Expirations page has them all. */
const LISTED_EXPIRED = 5;

/** "on image.example.com:6443" for a server's authorization; nothing for the organization's own. */
function where(item: TimelineItem): string {
  return item.source === ORGANIZATION_SOURCE ? '' : ` on ${item.source}`;
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

/**
 * Members, version, the next expiration and what has expired. `coverage` says which sources the
 * expiration figures count (the organization license, the ArcGIS Servers read, those that could not be).
 */
export function HeadlineFigures({ summary, asOf, coverage }: { summary: OverviewSummary; asOf: number; coverage: string }) {
  const { members, soonest, expired } = summary;
  return (
    <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <Figure label="Members">
        <p className="text-2xl font-semibold" data-testid="members-figure">
          {formatUsage(members)}
        </p>
        <p className="mt-1 flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          {members.ratio !== undefined
            ? `${formatPercent(members.ratio)} of the member limit`
            : members.level === 'unknown'
              ? 'The portal does not report its member counts'
              : 'No member limit reported'}
          {members.level !== 'normal' && members.level !== 'unknown' ? <UtilizationBadge level={members.level} /> : null}
        </p>
      </Figure>
      <Figure label="Portal version">
        <p className="text-2xl font-semibold">{summary.version}</p>
      </Figure>
      <Figure label="Next expiration">
        {soonest ? (
          <>
            <p className="text-lg font-semibold" data-testid="next-expiration">
              {soonest.name}
              {soonest.source === ORGANIZATION_SOURCE ? null : <span className="block text-sm font-normal">on {soonest.source}</span>}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
              <time dateTime={new Date(soonest.expiration).toISOString()}>{formatUtcDate(soonest.expiration)} (UTC)</time>
              <span>{formatDaysFromNow(soonest.expiration, asOf)}</span>
              <ExpiryBadge status={expiryStatus(soonest.expiration, asOf)} />
            </p>
          </>
        ) : (
          <p className="text-lg font-semibold">Nothing left to expire</p>
        )}
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" data-testid="expiration-coverage">
          {coverage}
        </p>
      </Figure>
      <Figure label="Expired">
        {expired.length === 0 ? (
          <p className="text-lg font-semibold">None</p>
        ) : (
          <>
            <p className="flex items-center gap-2 text-lg font-semibold">
              {expired.length} {expired.length === 1 ? 'entitlement' : 'entitlements'} <ExpiryBadge status="expired" />
            </p>
            <ul className="mt-1 space-y-0.5 text-sm text-slate-700 dark:text-slate-300">
              {expired.slice(0, LISTED_EXPIRED).map((item) => (
                <li key={item.key}>
                  {item.name}
                  {where(item)} — {formatUtcDate(item.expiration)}
                </li>
              ))}
            </ul>
            {expired.length > LISTED_EXPIRED ? (
              <p className="mt-1 text-sm">
                and {expired.length - LISTED_EXPIRED} more:{' '}
                <Link href="/expirations" className="font-medium text-blue-700 underline dark:text-blue-400">
                  see Expirations
                </Link>
              </p>
            ) : null}
          </>
        )}
      </Figure>
    </dl>
  );
}
