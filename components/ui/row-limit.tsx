'use client';

import { useState } from 'react';
import { formatCount } from '@/lib/view/dates';
import { Button } from './button';

/** Long tables show their first rows and a button for the rest: a big organization's 500 rows hydrate slowly. */
const INITIAL_ROWS = 50;

export function useRowLimit<T>(rows: readonly T[], initial = INITIAL_ROWS) {
  const [all, setAll] = useState(false);
  const visible = all ? rows : rows.slice(0, initial);
  const hidden = rows.length - visible.length;
  const showAll =
    hidden > 0 ? (
      <p className="mt-2 flex items-center gap-3 text-sm text-slate-600 dark:text-slate-400">
        Showing {formatCount(visible.length)} of {formatCount(rows.length)}.
        <Button variant="secondary" onClick={() => setAll(true)}>
          Show all {formatCount(rows.length)}
        </Button>
      </p>
    ) : null;
  return { visible, showAll };
}
