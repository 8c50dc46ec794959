'use client';

import { ApiClientError } from '@/lib/api-client';

/** A background refresh that failed: the page keeps the figures it has and says they may be stale. */
export function RefreshProblem({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiClientError ? error.message : 'The dashboard could not be reached.';
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      Could not refresh: {message} The figures shown may be out of date.
    </p>
  );
}
