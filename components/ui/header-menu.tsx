'use client';

import * as Popover from '@radix-ui/react-popover';
import { usePathname } from 'next/navigation';
import { SignOutButton } from '@/components/session/sign-out-button';
import { buttonVariants } from './button-variants';
import { NavLinks } from './nav-links';

function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round">
      <path d="M3 5h14M3 10h14M3 15h14" />
    </svg>
  );
}

function Menu({ username, portalParam, portalName }: { username: string; portalParam?: string; portalName?: string }) {
  return (
    <Popover.Root>
      <Popover.Trigger className={buttonVariants({ variant: 'secondary' })}>
        <MenuIcon />
        Menu
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          aria-label="Menu"
          align="end"
          sideOffset={8}
          collisionPadding={8}
          className="z-50 w-[min(18rem,calc(100vw-1rem))] rounded-lg bg-white p-2 text-slate-900 shadow-lg ring-1 ring-slate-900/10 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700"
        >
          <NavLinks layout="column" portalParam={portalParam} />
          <div className="mt-2 flex items-center justify-between gap-3 border-t border-slate-200 px-3 pt-3 dark:border-slate-700">
            <p className="min-w-0 truncate text-sm">
              Signed in as <span className="font-medium">{username}</span>
            </p>
            <SignOutButton portalName={portalName} />
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

/**
 * The header's navigation on narrow screens: a "Menu" button (Radix UI Popover: it says whether it
 * is open, Escape or a tap outside closes it and focus goes back to the button) holding the pages
 * and sign-out, so the header is one line on a phone. It closes once the chosen page has arrived
 * (remounted per path), so the link's "loading…" stays visible while the portal is read.
 */
export function HeaderMenu({ username, portalParam, portalName }: { username: string; portalParam?: string; portalName?: string }) {
  const pathname = usePathname();
  return <Menu key={pathname} username={username} portalParam={portalParam} portalName={portalName} />;
}
