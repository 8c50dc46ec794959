import type { Metadata } from 'next';
import { SignInForm } from '@/components/session/sign-in-form';
import { noticeVariants } from '@/components/ui/notice';
import { ConfigError, getConfig, type DashboardConfig } from '@/lib/config';
import { safeReturnPath } from '@/lib/return-path';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function readConfig(): { config: DashboardConfig } | { problem: string } {
  try {
    return { config: getConfig() };
  } catch (error) {
    if (error instanceof ConfigError) return { problem: error.message };
    throw error;
  }
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.next);
  const result = readConfig();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-bold tracking-tight">License dashboard</h1>
      {'problem' in result ? (
        <p role="alert" className={noticeVariants({ tone: 'error', className: 'mt-6' })}>
          {result.problem}
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Sign in with your ArcGIS Enterprise administrator account at <span className="font-mono break-all">{result.config.portalUrl}</span>.
          </p>
          {params.reason === 'expired' ? (
            <p role="alert" className={noticeVariants({ tone: 'warning', className: 'mt-6' })}>
              Your portal session expired; sign in again.
            </p>
          ) : null}
          {result.config.demoCredentials ? (
            <p className={noticeVariants({ tone: 'info', className: 'mt-6' })}>
              This is the built-in <strong>demo portal</strong>, with made-up data. Its administrator account is filled in:{' '}
              <span className="font-mono">{result.config.demoCredentials.username}</span> /{' '}
              <span className="font-mono">{result.config.demoCredentials.password}</span>.
            </p>
          ) : null}
          <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <SignInForm returnTo={returnTo} initial={result.config.demoCredentials} />
          </div>
        </>
      )}
    </main>
  );
}
