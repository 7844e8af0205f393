/**
 * Cuts the content script's work into slices that leave the main thread free: every loop asks a
 * `Slicer` whether its slice is used up and, if so, yields to the page before going on.
 */

/** The longest stretch of work before yielding to the page, in milliseconds: far below a 50 ms long task. */
export const SLICE_MS = 6;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

/** A macrotask without the 4 ms clamp nested timers get: a message to ourselves. */
function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel?.port2.postMessage(null);
  });
}

/** Gives the page a turn: `scheduler.yield()` where there is one (its continuation keeps priority), a macrotask elsewhere. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
}

/** Measures one slice of work; `pause()` yields when the slice is used up. */
export class Slicer {
  private start = performance.now();
  /** Main-thread milliseconds spent in slices so far (time between pauses). */
  busyMs = 0;

  constructor(private readonly signal?: AbortSignal) {}

  /** True when the current slice is used up. */
  get isDue(): boolean {
    return performance.now() - this.start > SLICE_MS;
  }

  /** True when the caller should call `pause()`: the slice is used up or the work was aborted (cheaper than awaiting `pause()` each time). */
  get shouldPause(): boolean {
    return this.signal?.aborted === true || this.isDue;
  }

  /** Yields when the slice is used up; resolves false when the work was aborted meanwhile. */
  async pause(): Promise<boolean> {
    if (this.isDue) await this.rest();
    return !this.signal?.aborted;
  }

  /** Ends the slice and yields, whatever its length (before waiting on something else). */
  async rest(): Promise<void> {
    this.stop();
    await yieldToPage();
    this.resume();
  }

  /** Ends the slice without yielding (before an await that yields by itself). */
  stop(): void {
    this.busyMs += performance.now() - this.start;
  }

  /** Starts a new slice after an await. */
  resume(): void {
    this.start = performance.now();
  }
}
