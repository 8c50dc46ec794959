'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { callEndpoint } from '@/lib/endpoint/client';
import { signOutEndpoint } from '@/lib/features/session/contract';

/** Signs out of the portal the page shows (named, with several portals); sessions on other portals stay. */
export function SignOutButton({ portalName }: { portalName?: string }) {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    // Whatever the answer (already signed out included), the way forward is the sign-in page,
    // as a full load so nothing of this session stays in memory; replace keeps Back from returning.
    await callEndpoint(signOutEndpoint, undefined).catch(() => undefined);
    const portal = new URLSearchParams(window.location.search).get('portal');
    window.location.replace(portal ? `/sign-in?portal=${encodeURIComponent(portal)}` : '/sign-in');
  }
  return (
    <Button
      variant="secondary"
      onClick={signOut}
      disabled={pending}
      aria-label={portalName ? `Sign out of ${portalName}` : undefined}
      title={portalName ? `Sign out of ${portalName}; your sessions on other portals stay` : undefined}
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </Button>
  );
}
