import type { Metadata } from 'next';
import { SignInForm } from '@/components/session/sign-in-form';
import { buttonVariants } from '@/components/ui/button-variants';
import { noticeVariants } from '@/components/ui/notice';
import { ConfigError, getConfig, type DashboardConfig } from '@/lib/config';
import { readFlowProblem } from '@/lib/features/session/oauth-flow';
import type { PortalEntry } from '@/lib/portal-list';
import { safeReturnPath } from '@/lib/return-path';
import { currentPortal, pathOnPortal, portalEntry, readSessions } from '@/lib/session';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readConfig(portalId: string | undefined): Promise<{ config: DashboardConfig; portal: PortalEntry } | { problem: string }> {
  try {
    const config = getConfig();
    return { config, portal: (portalId ? portalEntry(portalId) : undefined) ?? (await currentPortal()) };
  } catch (error) {
    if (error instanceof ConfigError) return { problem: error.message };
    throw error;
  }
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.next);
  const result = await readConfig(first(params.portal));
  if ('problem' in result) {
    return (
      <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
        <h1 className="text-2xl font-bold tracking-tight">License dashboard</h1>
        <p role="alert" className={noticeVariants({ tone: 'error', className: 'mt-6' })}>
          {result.problem}
        </p>
      </main>
    );
  }
  const { config, portal } = result;
  const problem = await readFlowProblem(first(params.problem));
  const others = config.portals.filter((other) => other.id !== portal.id);
  // After signing out of one portal, the admin sees which others still have a session, and goes straight to them.
  const signedIn = new Set((await readSessions()).filter((entry) => entry.session).map((entry) => entry.portal.id));
  const oauth = portal.signIn.includes('oauth');
  const password = portal.signIn.includes('password');
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold tracking-tight">License dashboard</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Sign in to <strong className="text-slate-900 dark:text-slate-100">{portal.name}</strong> with an account that may manage licenses, at{' '}
        <span className="font-mono break-all">{portal.url}</span>.
      </p>
      {problem ? (
        <p role="alert" className={noticeVariants({ tone: 'error', className: 'mt-6' })}>
          {problem}
        </p>
      ) : null}
      {params.reason === 'expired' ? (
        <p role="alert" className={noticeVariants({ tone: 'warning', className: 'mt-6' })}>
          Your portal session expired; sign in again.
        </p>
      ) : null}
      {config.demoCredentials && password ? (
        <p className={noticeVariants({ tone: 'info', className: 'mt-6' })}>
          This is the built-in <strong>demo portal</strong>, with made-up data. Its administrator account, filled in below and taken on the demo
          portal’s own sign-in page too: <span className="font-mono">{config.demoCredentials.username}</span> /{' '}
          <span className="font-mono">{config.demoCredentials.password}</span>.
        </p>
      ) : null}
      <div className="mt-6 space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        {oauth ? (
          // A link, not a form: the page's CSP (form-action 'self') would stop a form's redirect on to the portal.
          <div>
            <a
              href={`/api/session/oauth/start?${new URLSearchParams({ portal: portal.id, next: returnTo }).toString()}`}
              className={buttonVariants({ className: 'w-full' })}
            >
              Sign in with {portal.name}
            </a>
            <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
              Your organization’s own sign-in (ArcGIS OAuth 2.0): the portal asks for your credentials, the dashboard never sees them.
            </p>
          </div>
        ) : null}
        {oauth && password ? (
          <p className="flex items-center gap-3 text-xs text-slate-600 uppercase dark:text-slate-400" aria-hidden="true">
            <span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
            or with a built-in account
            <span className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
          </p>
        ) : null}
        {password ? (
          <section aria-label="Built-in account">
            <SignInForm returnTo={pathOnPortal(returnTo, portal.id)} initial={config.demoCredentials} />
          </section>
        ) : null}
      </div>
      {others.length > 0 ? (
        <nav aria-label="Other portals" className="mt-6 text-sm">
          <p className="text-slate-600 dark:text-slate-400">Other portals of this dashboard:</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {others.map((other) => (
              <li key={other.id}>
                <a
                  className="text-sky-700 underline dark:text-sky-400"
                  href={
                    signedIn.has(other.id)
                      ? pathOnPortal(returnTo, other.id)
                      : `/sign-in?${new URLSearchParams({ portal: other.id, next: returnTo }).toString()}`
                  }
                >
                  {other.name}
                </a>
                {signedIn.has(other.id) ? <span className="text-slate-600 dark:text-slate-400"> (signed in)</span> : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </main>
  );
}
