import { SignOutButton } from '@/components/session/sign-out-button';
import { DEPLOYMENT_KIND_LABELS, type DeploymentKind } from '@/lib/licensing/portal-profile';
import { HeaderMenu } from './header-menu';
import { NavLinks } from './nav-links';
import { PortalSwitcher, type PortalChoice } from './portal-switcher';

/**
 * One row on a wide screen (1280 px: name, pages, who is signed in); below `md` the pages and
 * sign-out move into a menu so a phone keeps its height for the figures; in between the pages take
 * a second row.
 */
export function AppHeader({
  portal,
  portals,
  username,
  kind,
}: {
  /** The portal the page shows. */
  portal: PortalChoice;
  /** Every configured portal; with more than one, the portal line becomes a switcher and links carry `?portal=`. */
  portals: readonly PortalChoice[];
  username: string;
  kind: DeploymentKind;
}) {
  const several = portals.length > 1;
  const portalParam = several ? portal.id : undefined;
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-7xl items-center gap-x-3 gap-y-2 px-4 py-2 sm:px-6 md:flex-wrap xl:flex-nowrap">
        <div className="min-w-0 flex-1">
          <p className="truncate text-base font-semibold">License dashboard</p>
          {several ? (
            <p className="min-w-0 text-xs">
              <PortalSwitcher current={portal} portals={portals} kindLabel={DEPLOYMENT_KIND_LABELS[kind]} />
            </p>
          ) : (
            <p className="truncate text-xs text-slate-600 dark:text-slate-400" title={portal.url}>
              {DEPLOYMENT_KIND_LABELS[kind]} · <span className="font-mono">{portal.url}</span>
            </p>
          )}
        </div>
        {/* Eleven pages fit beside the name at 1280 px only with short labels (lib/pages.ts) and tight link padding (nav-links.tsx); the portal line truncates first. */}
        <div className="hidden md:order-last md:block md:w-full xl:order-none xl:w-auto xl:shrink-0">
          <NavLinks portalParam={portalParam} />
        </div>
        <div className="hidden items-center gap-2 md:flex">
          <p className="text-sm">
            <span className="sr-only">Signed in as </span>
            <span className="font-medium">{username}</span>
          </p>
          <SignOutButton portalName={several ? portal.name : undefined} />
        </div>
        <div className="md:hidden">
          <HeaderMenu username={username} portalParam={portalParam} portalName={several ? portal.name : undefined} />
        </div>
      </div>
    </header>
  );
}
