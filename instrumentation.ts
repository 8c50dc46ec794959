/**
 * Next calls this once as a server process starts (not during `next build`), in each runtime. The
 * license collector runs in the Node.js runtime only: it needs the store's drivers and timers that
 * outlive a request. Imported here rather than at the top so the edge bundle never includes it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startCollector } = await import('./lib/features/history/collector');
  startCollector();
  const { startAlertRetries } = await import('./lib/features/alerts/runtime');
  startAlertRetries();
}
