'use client';

import * as Popover from '@radix-ui/react-popover';
import { usePathname } from 'next/navigation';

/** A configured portal as the header lists it. */
export interface PortalChoice {
  id: string;
  name: string;
  url: string;
  /** Whether the admin has a session on it. */
  signedIn: boolean;
}

/**
 * The portal this page shows, and the others to switch to (Radix UI Popover: keyboard-usable,
 * Escape closes it). Each choice opens the same page on that portal as a full load, so nothing read
 * from one portal stays in the browser's cache for the other; "All portals" is the fleet page.
 */
export function PortalSwitcher({ current, portals, kindLabel }: { current: PortalChoice; portals: readonly PortalChoice[]; kindLabel: string }) {
  const pathname = usePathname();
  return (
    <Popover.Root>
      <Popover.Trigger
        className="max-w-full truncate rounded py-1 text-left text-xs text-slate-600 underline decoration-dotted underline-offset-2 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
        title={`${kindLabel} · ${current.url}`}
      >
        Portal: <span className="font-medium">{current.name}</span> ▾
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          aria-label="Portals"
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-[min(22rem,calc(100vw-1rem))] rounded-lg bg-white p-2 text-slate-900 shadow-lg ring-1 ring-slate-900/10 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700"
        >
          <ul className="flex flex-col gap-1">
            {portals.map((portal) => {
              const here = portal.id === current.id;
              const href = portal.signedIn
                ? `${pathname}?portal=${portal.id}`
                : `/sign-in?${new URLSearchParams({ portal: portal.id, next: pathname }).toString()}`;
              return (
                <li key={portal.id}>
                  <a
                    href={href}
                    aria-current={here ? 'true' : undefined}
                    className={`block rounded-md px-3 py-2 text-sm ${here ? 'bg-blue-700 text-white' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
                  >
                    <span className="font-medium">{portal.name}</span>
                    <span className={`block truncate text-xs ${here ? 'text-white' : 'text-slate-600 dark:text-slate-400'}`}>
                      {portal.signedIn ? 'Signed in' : 'Not signed in: sign in'} · <span className="font-mono">{portal.url}</span>
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
          <a
            href="/portals"
            className="mt-1 block rounded-md border-t border-slate-200 px-3 pt-2 pb-1 text-sm text-sky-700 underline dark:border-slate-700 dark:text-sky-400"
          >
            All portals
          </a>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
