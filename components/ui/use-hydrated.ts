import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server-rendered HTML and during hydration, true once React has taken over the page.
 * Controls that need JavaScript use it to stay disabled until they work: a click before hydration
 * would otherwise do nothing, or submit a form natively (a GET with its fields in the URL).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
