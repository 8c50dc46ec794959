import type { CollectorStatus } from '@/lib/features/collector/status';
import { formatUtcDate } from '@/lib/view/dates';
import { formatUtcDateTime } from '@/lib/view/date-time';
import { CollectorControls } from './collector-controls';

/** "45 min", "6 h", "2 d": a token lifetime or an interval, rounded down. */
function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}

/** How the collector signs in to the portal, in words. */
function HowItSignsIn({ status }: { status: CollectorStatus }) {
  switch (status.way) {
    case 'grant':
      return (
        <>
          <p>
            Signs in as <span className="font-semibold">{status.username}</span>, with a sign-in {status.grantedBy} lent it on{' '}
            {formatUtcDate(status.grantedAt)} (UTC). It renews itself:{' '}
            {status.refreshExpires === null
              ? 'the portal does not say when its refresh token ends, so it is exchanged for a new one every day.'
              : `its refresh token is good until ${formatUtcDate(status.refreshExpires)} (UTC) and is exchanged for a new one before then.`}
          </p>
          {status.tooShort ? (
            <p className="text-amber-800 dark:text-amber-300">
              Warning: the portal gives refresh tokens of only {duration(status.tooShort.lifetimeMs)}, less than the collection interval (
              {duration(status.tooShort.intervalMs)}), so this sign-in ends between two runs. Set COLLECT_INTERVAL below{' '}
              {duration(status.tooShort.lifetimeMs)}, or give the collector a built-in account.
            </p>
          ) : null}
        </>
      );
    case 'account':
      return (
        <p>
          Signs in as <span className="font-semibold">{status.username}</span>, its built-in account.
        </p>
      );
    case 'none':
      return (
        <p>
          Has no way to sign in: history is recorded only as admins open the overview.{' '}
          {status.grantable ? 'Let it sign in as you, or give it' : 'Give it'} a built-in account (ARCGIS_COLLECTOR_USERNAME/PASSWORD).
        </p>
      );
    case 'unknown':
      return <p>Not known: {status.reason}</p>;
  }
}

function LastRun({ status }: { status: CollectorStatus }) {
  const run = status.lastRun;
  const muted = 'text-slate-600 dark:text-slate-400';
  // A run before the grant used another way in: it says nothing about the lent sign-in.
  if (status.way === 'grant' && (!run || run.startedAt < status.grantedAt))
    return <p className={muted}>No run with this sign-in yet: the first starts as it is lent (reload to see it), or at the next interval.</p>;
  if (!run) return <p className={muted}>No run yet.</p>;
  return (
    <p className={muted}>
      Last run {formatUtcDateTime(run.startedAt)}:{' '}
      {run.outcome === 'ok' ? <span>collected{run.reason ? `; ${run.reason}` : '.'}</span> : <span>failed. {run.reason}</span>}
    </p>
  );
}

/**
 * The card's collector part: how the background collector signs in to this portal, its last run, and
 * (for an admin signed in to a portal with OAuth sign-in) lending it the admin's sign-in or stopping it.
 */
export function CollectorSection({ portal, status, signedIn }: { portal: { id: string; name: string }; status: CollectorStatus; signedIn: boolean }) {
  const headingId = `portal-${portal.id}-collector`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-2 border-t border-slate-200 pt-3 text-sm dark:border-slate-800"
      data-testid="portal-collector"
    >
      <h3 id={headingId} className="text-xs font-medium text-slate-600 dark:text-slate-400">
        Collector
      </h3>
      <HowItSignsIn status={status} />
      {status.way !== 'unknown' ? <LastRun status={status} /> : null}
      {signedIn && status.grantable && status.way !== 'unknown' ? (
        <CollectorControls portal={portal} lent={status.way === 'grant' ? { username: status.username, fallback: status.fallback } : undefined} />
      ) : null}
    </section>
  );
}
