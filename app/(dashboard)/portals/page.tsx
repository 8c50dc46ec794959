import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { CollectorSection } from '@/components/portals/collector-section';
import { PortalCard } from '@/components/portals/portal-card';
import { Notice } from '@/components/ui/notice';
import { PageTitle } from '@/components/ui/page-title';
import { signInPath } from '@/lib/api-client';
import { collectorStatus } from '@/lib/features/collector/status';
import { notSignedIn, readPortal } from '@/lib/features/portals/server';
import { readFlowProblem } from '@/lib/features/session/oauth-flow';
import type { PortalEntry } from '@/lib/portal-list';
import { PAGES } from '@/lib/pages';
import { readSessions, type PortalSession } from '@/lib/session';
import { pageMetadata } from '../dashboard-page';

export const generateMetadata = pageMetadata('portals');

/** One portal's card once its read has ended: awaited inside its own Suspense boundary, so it streams when ready. */
async function ReadPortalCard({ portal, session }: { portal: PortalEntry; session: PortalSession }) {
  const [reading, collector] = await Promise.all([readPortal(portal, session), collectorStatus(portal)]);
  return (
    <PortalCard
      portal={portal}
      kind={session.profile.kind}
      reading={reading}
      collector={<CollectorSection portal={portal} status={collector} signedIn />}
    />
  );
}

/** A portal the admin is not signed in to: how to sign in, and how the collector fares there (the store knows, the portal is not asked). */
async function SignedOutPortalCard({ portal }: { portal: PortalEntry }) {
  const collector = await collectorStatus(portal);
  return (
    <PortalCard portal={portal} reading={notSignedIn(portal)} collector={<CollectorSection portal={portal} status={collector} signedIn={false} />} />
  );
}

/**
 * The fleet: every configured portal in configured order. It needs a session on none in particular
 * (it is where the admin signs in to the others), only on one. The title and each card's name come
 * at once; each signed-in portal's figures stream in as its own read ends, so a portal that is down
 * shows as unreachable without holding the others.
 */
export default async function PortalsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const unknown = [params.unknown].flat()[0];
  // Words sealed by the OAuth callback when lending the collector a sign-in failed.
  const problem = await readFlowProblem([params.problem].flat()[0]);
  const sessions = await readSessions();
  if (sessions.every(({ session }) => session === null)) redirect(signInPath(undefined, PAGES.portals.path));
  return (
    <>
      <PageTitle title={PAGES.portals.title}>
        Every portal this dashboard serves: members in use of the limit, the next expiration, anything over its seat limit and licenses checked out.
        Dates are in UTC.
      </PageTitle>
      {unknown ? (
        <Notice kind="warning" title={`No portal "${unknown}" in this dashboard`}>
          The link named a portal this dashboard does not serve (mistyped, or removed from its settings). These are the portals it serves.
        </Notice>
      ) : null}
      {problem ? <Notice kind="error" title={problem} /> : null}
      <ul aria-label="Configured portals" className="grid gap-4 lg:grid-cols-2">
        {sessions.map(({ portal, session }) => (
          <li key={portal.id}>
            {session ? (
              <Suspense fallback={<PortalCard portal={portal} kind={session.profile.kind} />}>
                <ReadPortalCard portal={portal} session={session} />
              </Suspense>
            ) : (
              <Suspense fallback={<PortalCard portal={portal} reading={notSignedIn(portal)} />}>
                <SignedOutPortalCard portal={portal} />
              </Suspense>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
