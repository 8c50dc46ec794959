import type { ReactNode } from 'react';
import { Badge, type Tone } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button-variants';
import { ExpiryBadge } from '@/components/ui/status-badges';
import type { PortalReading } from '@/lib/features/portals/contract';
import { expiryStatus } from '@/lib/licensing/expiry-buckets';
import type { FleetSummary } from '@/lib/licensing/fleet-summary';
import { DEPLOYMENT_KIND_LABELS, type DeploymentKind } from '@/lib/licensing/portal-profile';
import { formatUsage } from '@/lib/licensing/utilization';
import { PAGES } from '@/lib/pages';
import { formatCount, formatDaysFromNow, formatPercent, formatUtcDate } from '@/lib/view/dates';

/** What the card says about reaching the portal, in words (the badge's colour only repeats it). */
const STATE_WORDS: Record<PortalReading['state'] | 'reading', { text: string; tone: Tone }> = {
  reading: { text: 'Reading…', tone: 'gray' },
  read: { text: 'Reachable', tone: 'green' },
  unreachable: { text: 'Unreachable', tone: 'red' },
  failed: { text: 'Reached, with an error', tone: 'amber' },
  'sign-in-again': { text: 'Session expired', tone: 'amber' },
  'not-signed-in': { text: 'Not signed in', tone: 'gray' },
};

// inline-block with padding: a touch target of at least 24 px on a phone (WCAG 2.5.8).
const linkClass = 'inline-block py-1 font-medium text-blue-700 underline underline-offset-2 dark:text-blue-300';

/** `path?portal=<id>`: the page on this portal. */
function onPortal(path: string, portalId: string): string {
  return `${path}?${new URLSearchParams({ portal: portalId }).toString()}`;
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-0.5 text-sm">{children}</dd>
    </div>
  );
}

function Figures({ summary, asOf, portalId }: { summary: FleetSummary; asOf: number; portalId: string }) {
  const { membersInUse, memberLimit, nextExpiration, overLimit, checkedOut, checkedOutUnknownFor } = summary;
  const ratio = membersInUse !== undefined && memberLimit ? membersInUse / memberLimit : undefined;
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      <Figure label="Members in use of the limit">
        <span className="font-semibold" data-testid="portal-members">
          {formatUsage({ used: membersInUse, purchased: memberLimit })}
        </span>
        {ratio !== undefined ? <span className="text-slate-600 dark:text-slate-400"> ({formatPercent(ratio)})</span> : null}
      </Figure>
      <Figure label="Next expiration">
        {nextExpiration ? (
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="portal-next-expiration">
            <span className="font-semibold">{nextExpiration.name}</span>
            <span>
              <time dateTime={new Date(nextExpiration.expiration).toISOString()}>{formatUtcDate(nextExpiration.expiration)} (UTC)</time>,{' '}
              {formatDaysFromNow(nextExpiration.expiration, asOf)}
            </span>
            <ExpiryBadge status={expiryStatus(nextExpiration.expiration, asOf)} />
          </span>
        ) : (
          <span data-testid="portal-next-expiration">Nothing left to expire</span>
        )}
      </Figure>
      <Figure label="Over their seat limit">
        {overLimit.length === 0 ? (
          <span data-testid="portal-over-limit">None</span>
        ) : (
          <ul className="space-y-0.5 text-red-800 dark:text-red-300" data-testid="portal-over-limit">
            {overLimit.map((entry) => (
              <li key={entry.id}>
                <span className="font-semibold">{entry.name}</span>: {formatUsage({ used: entry.inUse, purchased: entry.purchased })} seats
              </li>
            ))}
          </ul>
        )}
      </Figure>
      <Figure label="Checked out (offline)">
        <a href={onPortal(PAGES.release.path, portalId)} className={linkClass} data-testid="portal-checked-out">
          {checkedOut === 0 ? 'None' : `${formatCount(checkedOut)} ${checkedOut === 1 ? 'license' : 'licenses'}`}
          <span className="sr-only"> checked out: see Release</span>
        </a>
        {checkedOutUnknownFor.length > 0 ? (
          <span className="block text-xs text-slate-600 dark:text-slate-400">Not known for {checkedOutUnknownFor.join(', ')}</span>
        ) : null}
      </Figure>
    </dl>
  );
}

/** The problem in the portal's or the dashboard's words, and what to try. */
function Problem({ message, hint }: { message: string; hint?: string }) {
  return (
    <div className="text-sm" data-testid="portal-problem">
      <p>{message}</p>
      {hint ? <p className="mt-1 text-slate-600 dark:text-slate-400">{hint}</p> : null}
    </div>
  );
}

/**
 * One configured portal on /portals: its name, address and kind, whether the dashboard reached it,
 * and its figures or what stands in the way. `reading` undefined: still being read (the page streams
 * each portal's card as its read ends). Links to other portals' pages are plain anchors, a full
 * load, as the portal switcher's are: nothing read from one portal stays in the browser for another.
 */
export function PortalCard({
  portal,
  kind,
  reading,
  collector,
}: {
  portal: { id: string; name: string; url: string };
  /** From the session's profile; unknown before the admin has signed in. */
  kind?: DeploymentKind;
  reading?: PortalReading;
  /** How the background collector signs in to this portal (CollectorSection), for portals the admin is signed in to. */
  collector?: ReactNode;
}) {
  const headingId = `portal-${portal.id}-name`;
  const state = STATE_WORDS[reading?.state ?? 'reading'];
  return (
    <section
      id={`portal-${portal.id}`}
      aria-labelledby={headingId}
      aria-busy={reading ? undefined : true}
      data-portal={portal.id}
      className="flex h-full flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="min-w-0">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={headingId} className="text-lg font-semibold">
            {portal.name}
          </h2>
          <span data-testid="portal-state">
            <Badge tone={state.tone}>{state.text}</Badge>
          </span>
        </div>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          <span className="font-mono break-all">{portal.url}</span>
          {kind ? <span className="whitespace-nowrap"> · {DEPLOYMENT_KIND_LABELS[kind]}</span> : null}
        </p>
      </div>

      <div className="flex-1">
        {!reading ? <p className="text-sm text-slate-600 dark:text-slate-400">Reading the portal…</p> : null}
        {reading?.state === 'read' ? <Figures summary={reading.summary} asOf={reading.asOf} portalId={portal.id} /> : null}
        {reading?.state === 'unreachable' || reading?.state === 'failed' ? <Problem message={reading.message} hint={reading.hint} /> : null}
        {reading?.state === 'sign-in-again' ? <Problem message={reading.message} /> : null}
        {reading?.state === 'not-signed-in' ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">Sign in to this portal to see its licenses here.</p>
        ) : null}
      </div>

      {collector}

      <div className="flex flex-wrap gap-2">
        {reading?.state === 'not-signed-in' || reading?.state === 'sign-in-again' ? (
          <a href={reading.href} className={buttonVariants()}>
            {reading.state === 'not-signed-in' ? 'Sign in' : 'Sign in again'}
            <span className="sr-only"> to {portal.name}</span>
          </a>
        ) : (
          <a href={onPortal(PAGES.overview.path, portal.id)} className={buttonVariants({ variant: 'secondary' })}>
            Open overview<span className="sr-only"> of {portal.name}</span>
          </a>
        )}
      </div>
    </section>
  );
}
