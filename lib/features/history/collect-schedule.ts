/** The timer functions the schedule uses; the real ones by default, fake ones in tests. */
export interface Clock {
  /** Epoch ms. */
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    // The schedule must never be what keeps a process alive (a script, a test, a server shutting down).
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls `run` `firstDelayMs` after now, then every `intervalMs` (ms), on a fixed cadence: the next
 * time is planned before the run starts, so a slow run does not push the ones after it. A run still
 * going when the next is due is not doubled (that one is skipped), and after the process was
 * suspended past several due times it runs once, not in a burst. Returns a function that stops it.
 */
export function scheduleEvery(
  timing: { firstDelayMs: number; intervalMs: number },
  run: () => Promise<unknown>,
  clock: Clock = realClock,
): () => void {
  let due = clock.now() + timing.firstDelayMs;
  let running = false;
  let stopped = false;
  let handle: unknown;
  const arm = () => {
    handle = clock.setTimeout(fire, Math.max(0, due - clock.now()));
  };
  const fire = () => {
    if (stopped) return;
    do due += timing.intervalMs;
    while (due <= clock.now());
    arm();
    if (running) return;
    running = true;
    void run()
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  };
  arm();
  return () => {
    stopped = true;
    clock.clearTimeout(handle);
  };
}
