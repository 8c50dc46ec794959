'use client';

import { useEffect } from 'react';
import { callEndpoint } from '@/lib/endpoint/client';
import { forgetRestartEndpoint } from '@/lib/features/license-manager/contract';

/**
 * Once `told` (the new value confirmed, or the poller gave up), asks the server to forget the
 * remembered restart, so the next visit shows the page as usual. A failure is not shown: the
 * cookie then only lives out its half hour, and the worst it does is confirm the change again.
 */
export function useForgetRestart(told: boolean): void {
  useEffect(() => {
    if (told) void callEndpoint(forgetRestartEndpoint, undefined).catch(() => undefined);
  }, [told]);
}
