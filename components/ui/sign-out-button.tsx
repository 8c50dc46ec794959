'use client';

import { useState } from 'react';
import { apiSend } from '@/lib/api-client';
import { Button } from './button';

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    // Whatever the answer (already signed out included), the way forward is the sign-in page,
    // as a full load so nothing of this session stays in memory; replace keeps Back from returning.
    await apiSend('/api/session', 'DELETE').catch(() => undefined);
    window.location.replace('/sign-in');
  }
  return (
    <Button variant="secondary" onClick={signOut} disabled={pending}>
      {pending ? 'Signing out…' : 'Sign out'}
    </Button>
  );
}
