/**
 * Reads a Chromium trace the way a DevTools performance profile attributes work: the main-thread
 * tasks of renderers (`RunTask`), and within each the time spent in the extension's scripts, from
 * trace events that carry a script URL (`FunctionCall`, `EvaluateScript`, compiles) and from CPU
 * profile samples whose stack holds one of its frames (promise continuations, forced layouts).
 */

/** The fields of a trace event that this reading uses. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, in microseconds. */
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

/**
 * The extension's share of the main threads' work. Times are CPU time of the main thread: a task's
 * thread time times the share of its wall time spent in the extension's code. On a busy machine a
 * task's wall time includes time the thread waited for a core; its thread time does not.
 */
export interface ExtensionWork {
  /** Main-thread CPU milliseconds spent in the extension's code. */
  totalMs: number;
  /** The most of one task spent in the extension's code, in CPU milliseconds. */
  longestMs: number;
  /** The same in wall-clock milliseconds (what a profile shows; inflated when cores are busy). */
  longestWallMs: number;
  /** The longest whole task in which the extension's code ran (the page's work in it included), in CPU milliseconds. */
  longestTaskMs: number;
  /** How many tasks ran the extension's code. */
  tasks: number;
}

/** A sample is worth the time to the next one, but never more than this (gaps mean idle). */
const MAX_SAMPLE_US = 2_000;
/**
 * Nor more than this many times the profile's usual interval: on a busy machine the sampling thread
 * is sometimes late, and a late sample does not mean the code it caught ran all that while.
 */
const MAX_SAMPLE_INTERVALS = 2;

/** The usual time between two samples of a chunk (its median), in microseconds; `fallback` for a chunk too short to tell. */
function usualInterval(deltas: readonly number[], fallback: number): number {
  const positive = deltas.filter((d) => d > 0).sort((a, b) => a - b);
  return positive.length < 8 ? fallback : (positive[positive.length >> 1] as number);
}

type Interval = [number, number];

function threadKey(event: { pid: number; tid: number }): string {
  return `${event.pid}:${event.tid}`;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Time-ordered intervals merged where they overlap or nest. */
function merge(intervals: Interval[]): Interval[] {
  intervals.sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [from, to] of intervals) {
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Microseconds of `intervals` (sorted, disjoint) that fall within [from, to]. */
function overlap(intervals: readonly Interval[], from: number, to: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((intervals[mid] as Interval)[1] <= from) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let i = lo; i < intervals.length; i++) {
    const [a, b] = intervals[i] as Interval;
    if (a >= to) break;
    sum += Math.min(b, to) - Math.max(a, from);
  }
  return sum;
}

/** Intervals of CPU samples, per thread, whose stack holds a frame of a script under `urlPrefix`. */
function sampledIntervals(events: readonly TraceEvent[], urlPrefix: string): Map<string, Interval[]> {
  const profiles = new Map<string, { thread: string; time: number; nodes: Map<number, ProfileNode> }>();
  for (const event of events) {
    if (event.name === 'Profile' && event.id !== undefined)
      profiles.set(`${event.pid}:${event.id}`, {
        thread: threadKey(event),
        time: event.args?.data?.startTime ?? event.ts,
        nodes: new Map(),
      });
  }
  const out = new Map<string, Interval[]>();
  const isOurs = new Map<number, boolean>();
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.id === undefined) continue;
    const profile = profiles.get(`${event.pid}:${event.id}`);
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    const cap = Math.min(MAX_SAMPLE_US, MAX_SAMPLE_INTERVALS * usualInterval(deltas, MAX_SAMPLE_US));
    const ours = (id: number): boolean => {
      const known = isOurs.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      const result =
        !!node &&
        ((node.callFrame.url ?? '').startsWith(urlPrefix) || (node.parent !== undefined && ours(node.parent)));
      isOurs.set(id, result);
      return result;
    };
    for (let i = 0; i < samples.length; i++) {
      profile.time += deltas[i] ?? 0;
      const next = profile.time + Math.min(cap, Math.max(0, deltas[i + 1] ?? 0));
      if (ours(samples[i] as number)) pushTo(out, profile.thread, [profile.time, next]);
    }
    isOurs.clear();
  }
  return out;
}

/** A part of a trace: one renderer process between two times (microseconds, trace clock). */
export interface TraceWindow {
  pid: number;
  from: number;
  to: number;
}

/**
 * The windows between user timing marks: from each `start` mark (by default `lodestone-visit-start`)
 * to the next `end` mark of the same process.
 */
export function visitWindows(
  events: readonly TraceEvent[],
  start = 'lodestone-visit-start',
  end = 'lodestone-visit-end',
): TraceWindow[] {
  const marks = events.filter((e) => e.name === start || e.name === end).sort((a, b) => a.ts - b.ts);
  const open = new Map<number, number>();
  const windows: TraceWindow[] = [];
  for (const mark of marks) {
    if (mark.name === start) open.set(mark.pid, mark.ts);
    else {
      const from = open.get(mark.pid);
      if (from !== undefined) windows.push({ pid: mark.pid, from, to: mark.ts });
      open.delete(mark.pid);
    }
  }
  return windows;
}

/**
 * The extension's work on renderer main threads, from the events of a trace; `urlPrefix` is its
 * origin. With `window`, only the tasks of that process that start within it count. Without
 * `useSamples`, only trace events count: exact for short calls (a sample stands for a whole
 * sampling interval), blind to promise continuations.
 */
export function extensionWork(
  events: readonly TraceEvent[],
  urlPrefix: string,
  window?: TraceWindow,
  useSamples = true,
): ExtensionWork {
  const mains = new Set<string>();
  for (const event of events) {
    if (event.name === 'thread_name' && event.args?.name === 'CrRendererMain') mains.add(threadKey(event));
  }
  const tasks = new Map<string, Array<[number, number, number]>>();
  const called = new Map<string, Interval[]>();
  for (const event of events) {
    const key = threadKey(event);
    if (event.ph !== 'X' || event.dur === undefined || !mains.has(key)) continue;
    if (window && (event.pid !== window.pid || event.ts < window.from || event.ts > window.to)) continue;
    if (event.name === 'RunTask') pushTo(tasks, key, [event.ts, event.ts + event.dur, event.tdur ?? event.dur]);
    else if (event.args?.data?.url?.startsWith(urlPrefix)) pushTo(called, key, [event.ts, event.ts + event.dur]);
  }
  const sampled = useSamples ? sampledIntervals(events, urlPrefix) : new Map<string, Interval[]>();
  const work: ExtensionWork = { totalMs: 0, longestMs: 0, longestWallMs: 0, longestTaskMs: 0, tasks: 0 };
  for (const [key, list] of tasks) {
    const byEvents = merge(called.get(key) ?? []);
    const bySamples = merge(sampled.get(key) ?? []);
    for (const task of list) {
      const [from, to, cpu] = task;
      const wall = Math.min(to - from, Math.max(overlap(byEvents, from, to), overlap(bySamples, from, to)));
      if (wall <= 0) continue;
      const ms = (wall * (cpu / Math.max(1, to - from))) / 1000;
      work.tasks++;
      work.totalMs += ms;
      work.longestMs = Math.max(work.longestMs, ms);
      work.longestWallMs = Math.max(work.longestWallMs, wall / 1000);
      work.longestTaskMs = Math.max(work.longestTaskMs, cpu / 1000);
    }
  }
  return work;
}

/** The time of the first user timing mark named `name` in a window, or null. */
export function markTime(events: readonly TraceEvent[], name: string, window: TraceWindow): number | null {
  let first: number | null = null;
  for (const event of events) {
    if (event.name !== name || event.pid !== window.pid || event.ts < window.from || event.ts > window.to) continue;
    if (first === null || event.ts < first) first = event.ts;
  }
  return first;
}

/**
 * When the extension's first script started in a window (its content script's start, at
 * `document_idle`), or null. The content script's style sheet, which Chromium adds when the document
 * starts, does not count.
 */
export function firstExtensionTime(
  events: readonly TraceEvent[],
  urlPrefix: string,
  window: TraceWindow,
): number | null {
  let first: number | null = null;
  for (const event of events) {
    if (event.ph !== 'X' || event.pid !== window.pid || event.ts < window.from || event.ts > window.to) continue;
    const url = event.args?.data?.url;
    if (!url?.startsWith(urlPrefix) || url.endsWith('.css')) continue;
    if (first === null || event.ts < first) first = event.ts;
  }
  return first;
}
