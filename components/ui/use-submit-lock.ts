import { useEffect, useMemo, useRef } from 'react';

/**
 * A synchronous guard for an action that must be sent once: React re-renders (and so disables a
 * button) only after the event, so a double click would otherwise reach the handler twice.
 * `once` runs the action the first time only, until `resetWhen` changes (a dialog opening again).
 */
export function useSubmitLock(resetWhen: unknown): { once: (action: () => void) => void } {
  const locked = useRef(false);
  useEffect(() => {
    locked.current = false;
  }, [resetWhen]);
  return useMemo(
    () => ({
      once(action: () => void) {
        if (locked.current) return;
        locked.current = true;
        action();
      },
    }),
    [],
  );
}
