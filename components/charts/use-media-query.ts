import { useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches, kept current as the window changes (React's
 * useSyncExternalStore over matchMedia). False on the server and during hydration, so a chart
 * that only draws on wide screens is never drawn into a box that CSS hides.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
