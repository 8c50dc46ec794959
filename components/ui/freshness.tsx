'use client';

import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { Button } from './button';

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' });

/** When the figures were read from the portal, and a way to read them again now. */
export function Freshness({ asOf }: { asOf: number }) {
  const queryClient = useQueryClient();
  const fetching = useIsFetching({ queryKey: ['license'] }) > 0;
  return (
    <p className="flex items-center gap-3 text-sm text-slate-600 dark:text-slate-400">
      <span aria-live="polite">{fetching ? 'Reading from the portal…' : `Read from the portal at ${TIME.format(new Date(asOf))} UTC`}</span>
      <Button variant="secondary" disabled={fetching} onClick={() => void queryClient.invalidateQueries({ queryKey: ['license'] })}>
        Refresh
      </Button>
    </p>
  );
}
