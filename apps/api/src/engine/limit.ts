/**
 * At most `size` tasks at once, the rest wait in order. Each shadow is a whole PostgreSQL in WASM (tens of MB
 * and a CPU core while it runs), so a burst of requests must queue rather than exhaust the machine.
 */
export function limiter(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return async (task) => {
    if (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
