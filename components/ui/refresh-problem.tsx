'use client';

import { ApiClientError } from '@/lib/api-client';
import { noticeVariants } from './notice';

/** A background refresh that failed: the page keeps the figures it has and says they may be stale. */
export function RefreshProblem({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiClientError ? error.message : 'The dashboard could not be reached.';
  return (
    <p role="status" className={noticeVariants({ tone: 'warning', size: 'sm' })}>
      Could not refresh: {message} The figures shown may be out of date.
    </p>
  );
}
