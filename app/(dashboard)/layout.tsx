import type { ReactNode } from 'react';
import { AppHeader } from '@/components/ui/app-header';
import { readSession } from '@/lib/session';

// The header only shows who is signed in; each page checks the session itself (layouts do not
// re-run on navigation, so they cannot guard anything).
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await readSession();
  return (
    <>
      {session ? <AppHeader portalUrl={session.portalUrl} username={session.username} kind={session.profile.kind} /> : null}
      <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6">{children}</main>
    </>
  );
}
