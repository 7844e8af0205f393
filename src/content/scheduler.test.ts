import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLICE_MS, Slicer, yieldToPage } from './scheduler.ts';

type WithScheduler = typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

/** Replaces `scheduler.yield` for one test; returns the mock. */
function stubSchedulerYield() {
  const yielded = vi.fn(() => Promise.resolve());
  (globalThis as WithScheduler).scheduler = { yield: yielded };
  return yielded;
}

afterEach(() => {
  delete (globalThis as WithScheduler).scheduler;
  vi.restoreAllMocks();
});

describe('yieldToPage', () => {
  it('uses scheduler.yield where there is one', async () => {
    const yielded = stubSchedulerYield();
    await yieldToPage();
    expect(yielded).toHaveBeenCalledTimes(1);
  });

  it('falls back to a macrotask elsewhere: microtasks run first, and waiters resume in order', async () => {
    expect((globalThis as WithScheduler).scheduler).toBeUndefined();
    const order: string[] = [];
    const first = yieldToPage().then(() => order.push('first'));
    const second = yieldToPage().then(() => order.push('second'));
    await Promise.resolve();
    await Promise.resolve();
    order.push('microtasks');
    await Promise.all([first, second]);
    expect(order).toEqual(['microtasks', 'first', 'second']);
  });
});

describe('Slicer', () => {
  let now = 0;
  beforeEach(() => {
    now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
  });

  it('is due once the slice is used up, and only then yields on pause', async () => {
    const yielded = stubSchedulerYield();
    const slicer = new Slicer();
    now += SLICE_MS;
    expect(slicer.isDue).toBe(false);
    expect(await slicer.pause()).toBe(true);
    expect(yielded).not.toHaveBeenCalled();

    now += 1;
    expect(slicer.isDue).toBe(true);
    expect(slicer.shouldPause).toBe(true);
    expect(await slicer.pause()).toBe(true);
    expect(yielded).toHaveBeenCalledTimes(1);
    // The pause ended the slice: a new one starts, and the time worked so far is counted.
    expect(slicer.isDue).toBe(false);
    expect(slicer.busyMs).toBe(SLICE_MS + 1);
  });

  it('counts no time spent between stop and resume', () => {
    const slicer = new Slicer();
    now += 2;
    slicer.stop();
    now += 500;
    slicer.resume();
    now += 3;
    slicer.stop();
    expect(slicer.busyMs).toBe(5);
  });

  it('asks to pause at once when aborted, and pause then reports the abort', async () => {
    stubSchedulerYield();
    const controller = new AbortController();
    const slicer = new Slicer(controller.signal);
    expect(slicer.shouldPause).toBe(false);
    controller.abort();
    expect(slicer.shouldPause).toBe(true);
    expect(await slicer.pause()).toBe(false);
  });
});
