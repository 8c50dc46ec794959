import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PageTitle } from '@/components/ui/page-title';
import { ProblemPanel } from '@/components/ui/problem-panel';
import { readForPage, requirePageSession } from '@/lib/endpoint/page-data';
import type { Prefilled } from '@/lib/endpoint/server';
import { PAGES, type PageName } from '@/lib/pages';
import { getConfig } from '@/lib/config';
import { currentPortal, portalEntry, portalParamOf, type PortalSession } from '@/lib/session';

/** A read the page prefetches: an endpoint served with lib/endpoint/server.ts's `serve`, without input. */
interface PageRead {
  prefill(session: PortalSession): Promise<Prefilled>;
}

/**
 * A page's tab title; with several portals configured it names the portal shown, so the admin's
 * tabs on production and staging can be told apart.
 */
export function pageMetadata(page: PageName): () => Promise<Metadata> {
  const { title } = PAGES[page];
  return async () => {
    if (getConfig().portals.length < 2 || page === 'portals') return { title };
    return { title: `${title} · ${(await currentPortal()).name}` };
  };
}

/**
 * The one skeleton of every dashboard page: the session (or a redirect to sign in, back to this
 * page), the page's reads from the portal on the server, handed to react-query so the HTML and the
 * client components agree, and the problem in words when a read the page needs fails.
 */
export async function DashboardPage({
  page,
  heading,
  intro,
  reads = [],
  extras = [],
  children,
}: {
  page: PageName;
  /** The h1, when it says more than the navigation label. */
  heading?: string;
  intro?: ReactNode;
  /** Reads the page cannot show anything without. */
  reads?: readonly PageRead[];
  /** Reads of sections that can fail on their own. */
  extras?: readonly PageRead[];
  children: ReactNode | ((session: PortalSession) => ReactNode);
}) {
  const { path, title } = PAGES[page];
  const session = await requirePageSession(path);
  const result = await readForPage(
    session,
    path,
    reads.map((read) => read.prefill(session)),
    extras.map((read) => read.prefill(session)),
  );
  return (
    <>
      <PageTitle title={heading ?? title} portal={portalParamOf(session.portalId) ? portalEntry(session.portalId) : undefined}>
        {intro}
      </PageTitle>
      {result.ok ? (
        <HydrationBoundary state={result.state}>{typeof children === 'function' ? children(session) : children}</HydrationBoundary>
      ) : (
        <ProblemPanel problem={result.problem} />
      )}
    </>
  );
}
