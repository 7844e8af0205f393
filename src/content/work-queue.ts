/** Runs the content script's scans one at a time; a full pass can cut the running scan short. */

/** A queue of abortable jobs. */
export class WorkQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private running: AbortController | null = null;

  constructor(private readonly signal: AbortSignal) {}

  /** Runs `job` after the jobs before it; its signal aborts with the queue or when a later `replace` comes. */
  run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const next = this.tail.then(async () => {
      const own = new AbortController();
      this.running = own;
      try {
        return await job(AbortSignal.any([this.signal, own.signal]));
      } finally {
        if (this.running === own) this.running = null;
      }
    });
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Aborts the running job, then runs `job` (a full pass makes earlier work moot). */
  replace<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.running?.abort();
    return this.run(job);
  }
}
