import { describe, expect, it } from 'vitest';
import { WorkQueue } from './work-queue.ts';

describe('work queue', () => {
  it('runs jobs one at a time, in order, and a replacing job aborts the running one', async () => {
    const queue = new WorkQueue(new AbortController().signal);
    const log: string[] = [];
    let release = (): void => undefined;
    const first = queue.run(async (signal) => {
      log.push('first starts');
      await new Promise<void>((done) => (release = done));
      log.push(`first ends, aborted: ${signal.aborted}`);
    });
    const second = queue.run(() => {
      log.push('second runs');
      return Promise.resolve(2);
    });
    await Promise.resolve();
    await Promise.resolve();
    const third = queue.replace((signal) => {
      log.push(`third runs, aborted: ${signal.aborted}`);
      return Promise.resolve(3);
    });
    release();
    await first;
    expect(await second).toBe(2);
    expect(await third).toBe(3);
    expect(log).toEqual(['first starts', 'first ends, aborted: true', 'second runs', 'third runs, aborted: false']);
  });

  it('aborts every job with the queue, and a failing job does not stop the next', async () => {
    const life = new AbortController();
    const queue = new WorkQueue(life.signal);
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    life.abort();
    expect(await queue.run((signal) => Promise.resolve(signal.aborted))).toBe(true);
  });
});
