'use client';

import { useEffect, useState } from 'react';
import { formatElapsed } from '@/lib/licensing/restart-poller';

/**
 * Time since `since` (epoch ms) as "m:ss", ticking every second until `until` (epoch ms) is known,
 * then fixed at `until - since`: the restart view's elapsed-time clock.
 */
export function useElapsed(since: number, until: number | undefined): string {
  const [now, setNow] = useState(() => Date.now());
  const running = until === undefined;
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return formatElapsed((until ?? now) - since);
}
