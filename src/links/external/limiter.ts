/** Runs a task when a slot is free; at most `limit` run at once. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** A limiter allowing `limit` tasks at once, started in the order they were queued. */
export function createLimiter(limit: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * A limiter per host inside an overall one, so no server gets more than `perHost` requests at once;
 * a back-off waits inside its host's slot, so a server that asked us to slow down gets nothing new meanwhile.
 */
export function createHostLimiter(perHost: number, total: number): <T>(url: string, task: () => Promise<T>) => Promise<T> {
  const overall = createLimiter(total);
  const hosts = new Map<string, Limiter>();
  return (url, task) => {
    const host = hostOf(url);
    let limiter = hosts.get(host);
    if (!limiter) {
      limiter = createLimiter(perHost);
      hosts.set(host, limiter);
    }
    // The host slot is taken first, so a task waiting for its host holds no overall slot.
    return limiter(() => overall(task));
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
