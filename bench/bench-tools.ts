/** Small helpers for benchmarks: timing, order statistics, memory and markdown tables. */

/** Milliseconds `run` takes, once. */
export function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The `p`-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The run whose `value` is the median (the upper one of an even count); throws on no runs. */
export function medianRun<T>(runs: readonly T[], value: (run: T) => number): T {
  const sorted = [...runs].sort((a, b) => value(a) - value(b));
  const run = sorted[Math.floor(sorted.length / 2)];
  if (run === undefined) throw new Error('no runs');
  return run;
}

const collect = (globalThis as { gc?: () => void }).gc;

/** Heap plus array buffers in use, after a full collection; null when run without `--expose-gc`. */
export function memoryInUse(): number | null {
  if (!collect) return null;
  collect();
  collect();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Formats a number with `digits` decimals. */
export function fixed(value: number | null, digits = 1): string {
  return value === null || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
}

/** Prints a markdown table: the first column left-aligned, numbers right-aligned. */
export function printTable(title: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(line(header.map((_, i) => (i === 0 ? '---' : '---:'))));
  for (const row of rows) console.log(line(row));
}
