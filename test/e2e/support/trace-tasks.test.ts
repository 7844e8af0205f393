import { describe, expect, it } from 'vitest';
import { extensionWork, type TraceEvent } from './trace-tasks.ts';

const ORIGIN = 'chrome-extension://abc/';
const MAIN = { pid: 1, tid: 7 };

/**
 * A renderer main thread running one 5 ms task (`ts` 1000–6000 µs, all of it on the CPU) in which
 * the profile samples every `interval` µs, with the samples at `oursAt` µs in the extension's code
 * (the rest in the page's), and one sample delayed until `lateUntil` when it is given.
 */
function trace(interval: number, oursAt: readonly number[], late?: { at: number; until: number }): TraceEvent[] {
  const times: number[] = [];
  for (let t = 1000; t < 6000; t += interval) {
    if (late && t > late.at && t < late.until) continue;
    times.push(t);
  }
  const deltas = times.map((t, i) => t - (i === 0 ? 1000 : (times[i - 1] as number)));
  return [
    { name: 'thread_name', ph: 'M', ...MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'RunTask', ph: 'X', ...MAIN, ts: 1000, dur: 5000, tdur: 5000 },
    { name: 'Profile', ph: 'P', ...MAIN, ts: 1000, id: '0x1', args: { data: { startTime: 1000 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ...MAIN,
      ts: 6000,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '' } },
              { id: 2, parent: 1, callFrame: { url: 'http://127.0.0.1/page.js' } },
              { id: 3, parent: 1, callFrame: { url: `${ORIGIN}content.js` } },
            ],
            samples: times.map((t) => (oursAt.includes(t) ? 3 : 2)),
          },
          timeDeltas: deltas,
        },
      },
    },
  ];
}

describe('extension work from a trace', () => {
  it('counts each sample in the extension as the time to the next sample', () => {
    const work = extensionWork(trace(100, [2000, 2100, 2200]), ORIGIN);
    expect(work.totalMs).toBeCloseTo(0.3, 5);
    expect(work.tasks).toBe(1);
  });

  it('counts a late sample as at most twice the usual interval', () => {
    // The sample at 2000 µs is followed by none until 3500 µs: the sampler was late.
    const work = extensionWork(trace(100, [2000], { at: 2000, until: 3500 }), ORIGIN);
    expect(work.totalMs).toBeCloseTo(0.2, 5);
  });

  it('counts nothing for a task without the extension', () => {
    expect(extensionWork(trace(100, []), ORIGIN).tasks).toBe(0);
  });
});
