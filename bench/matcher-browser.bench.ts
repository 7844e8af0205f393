/**
 * The matcher in Chromium, as the extension runs it: for each dataset size the compiled record is
 * stored in IndexedDB, the browser is restarted, and a fresh page reads the record back and scans a
 * 200 KB page: the first scan (nothing warmed up), then warm scans and single blocks; once on the
 * WebAssembly core and once, after another restart, in JavaScript alone. Prints markdown
 * tables; never fails on time. `--smoke` runs 1k aliases on a 20 KB page.
 *
 *   npm run bench:matcher:browser [-- --smoke]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/support/chromium.ts';
import { fixed, median, medianRun, percentile, printTable } from './bench-tools.ts';
import type { WakeResult } from './matcher-browser-entry.ts';

const smoke = process.argv.includes('--smoke');
const SIZES = smoke ? [1_000] : [1_000, 10_000, 50_000];
const PAGE_CHARS = smoke ? 20_000 : 200_000;
const RUNS = smoke ? 3 : 21;
/** Restarts per size and core. */
const WAKES = smoke ? 1 : 3;
const ORIGIN = 'http://matcher-bench.test/';

/** The page-side code as one classic script. */
async function bundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: 'bench/matcher-browser-entry.ts', formats: ['iife'], name: 'matcherBenchEntry' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
  const code = chunks.find((chunk) => chunk.type === 'chunk')?.code;
  if (code === undefined) throw new Error('the benchmark page did not build');
  return code;
}

interface PageBench {
  store(size: number): Promise<number>;
  wake(size: number, chars: number, runs: number, javascriptOnly: boolean): Promise<WakeResult>;
}

/** Starts Chromium on `profile` and opens the benchmark page. */
async function openBench(profile: string, html: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  await context.route(`${ORIGIN}**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(ORIGIN);
  return context;
}

const html = `<!doctype html><meta charset="utf-8"><script>${await bundle()}</script>`;
const profile = await mkdtemp(join(tmpdir(), 'matcher-bench-'));
const rows: string[][] = [];
let version = '';
try {
  for (const size of SIZES) {
    let context = await openBench(profile, html);
    version = context.browser()?.version() ?? 'Chromium';
    const page = () => context.pages()[0] as NonNullable<ReturnType<BrowserContext['pages']>[0]>;
    const built = await page().evaluate(
      (n) => (globalThis as unknown as { matcherBench: PageBench }).matcherBench.store(n),
      size,
    );
    await context.close();
    // Restarts alternate between the cores; the first page varies most, so each core's row is its
    // run with the median first page.
    const runs: Record<WakeResult['core'], WakeResult[]> = { wasm: [], js: [] };
    for (let round = 0; round < WAKES; round++) {
      for (const javascriptOnly of [false, true]) {
        context = await openBench(profile, html);
        const woke = await page().evaluate(
          ([n, chars, pages, js]) =>
            (globalThis as unknown as { matcherBench: PageBench }).matcherBench.wake(n, chars, pages, js),
          [size, PAGE_CHARS, RUNS, javascriptOnly] as const,
        );
        runs[woke.core].push(woke);
        await context.close();
      }
    }
    for (const coreRuns of Object.values(runs)) {
      const woke = medianRun(coreRuns, (run) => run.firstPage);
      const firstPages = coreRuns.map((run) => run.firstPage);
      rows.push([
        `${size / 1000}k`,
        woke.core,
        fixed(built),
        fixed(woke.read),
        fixed(woke.load),
        fixed(woke.firstPage),
        `${fixed(Math.min(...firstPages))}–${fixed(Math.max(...firstPages))}`,
        fixed(Math.min(...woke.pages), 2),
        fixed(median(woke.pages), 2),
        fixed(percentile(woke.pages, 95), 2),
        fixed(median(woke.blocks), 3),
        fixed(percentile(woke.blocks, 95), 3),
        fixed(Math.max(...woke.blocks), 3),
      ]);
    }
  }
} finally {
  await rm(profile, { recursive: true, force: true });
}

const machine = `${cpus().length} cores, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}`;
console.log(`matcher in the browser${smoke ? ' (smoke run)' : ''}: Chromium ${version}, ${machine}`);
printTable(
  `Woken worker: read the record, load it, scan a ${PAGE_CHARS / 1000} KB page (times in ms)`,
  [
    'aliases',
    'core',
    'build',
    'IndexedDB read',
    'load',
    'first page',
    'first pages',
    'page min',
    'page',
    'page p95',
    'block',
    'block p95',
  ].concat(['block max']),
  rows,
);
