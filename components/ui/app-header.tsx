import { SignOutButton } from '@/components/session/sign-out-button';
import type { DeploymentKind } from '@/lib/licensing/portal-profile';
import { NavLinks } from './nav-links';

const KIND_LABELS: Record<DeploymentKind, string> = {
  portal: 'ArcGIS Enterprise',
  kubernetes: 'ArcGIS Enterprise on Kubernetes',
};

export function AppHeader({ portalUrl, username, kind }: { portalUrl: string; username: string; kind: DeploymentKind }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <div className="min-w-0">
          <p className="text-base font-semibold">License dashboard</p>
          <p className="truncate text-xs text-slate-600 dark:text-slate-400">
            {KIND_LABELS[kind]} · <span className="font-mono">{portalUrl}</span>
          </p>
        </div>
        <NavLinks />
        <div className="flex items-center gap-3">
          <p className="text-sm">
            <span className="sr-only">Signed in as </span>
            <span className="font-medium">{username}</span>
          </p>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
