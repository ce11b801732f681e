/**
 * One queue for the data worker's calls, async ones included: an export awaits file I/O between
 * its steps, and a call started meanwhile (another export, an import) must not interleave with
 * it. Jobs run one after another in arrival order; a failed job does not stop the queue.
 */
export type Enqueue = <T>(job: () => Promise<T>) => Promise<T>;

export function createCallQueue(start: Promise<unknown> = Promise.resolve()): Enqueue {
  let tail: Promise<unknown> = start.catch(() => undefined);
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job);
    tail = run.catch(() => undefined);
    return run;
  };
}
