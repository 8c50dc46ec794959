import type { ReactNode } from 'react';
import { AppHeader } from '@/components/ui/app-header';
import { currentPortal, readSessions } from '@/lib/session';

// The header only shows who is signed in; each page checks the session itself (layouts do not
// re-run on navigation, so they cannot guard anything).
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const [portal, sessions] = await Promise.all([currentPortal(), readSessions()]);
  const choices = sessions.map(({ portal: { id, name, url }, session }) => ({ id, name, url, signedIn: session !== null }));
  // The current portal's session; on /portals, which needs none in particular, else the first the
  // admin is signed in to (the current one may be a portal the admin went to sign in to and did not).
  const shown = sessions.find((entry) => entry.portal.id === portal.id && entry.session) ?? sessions.find((entry) => entry.session);
  const session = shown?.session;
  const current = choices.find((choice) => choice.id === shown?.portal.id);
  return (
    <>
      {session && current ? <AppHeader portal={current} portals={choices} username={session.username} kind={session.profile.kind} /> : null}
      <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6">{children}</main>
    </>
  );
}
