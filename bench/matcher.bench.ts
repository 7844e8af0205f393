/**
 * Matcher benchmark: build time, size and memory, load time from the stored record, and scan times
 * for a whole page and for one changed block, at 1k, 10k and 50k aliases of the synthetic dataset,
 * on the WebAssembly core and in JavaScript alone, next to a regular-expression alternation of the
 * same aliases. Prints markdown tables; never fails
 * on time. `--smoke` runs a short version (1k aliases, a 20 KB page) for CI.
 *
 *   npm run bench:matcher [-- --smoke]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { compileMatcher, compiledSize, type CompiledMatcher } from '../src/shared/matcher/compiled.ts';
import { matcherFromCompiled, newPageState, type Matcher, type MatcherOptions } from '../src/shared/matcher/match.ts';
import { normalizeText } from '../src/shared/matcher/normalize.ts';
import { compilePatterns, type PatternTable } from '../src/shared/matcher/patterns.ts';
import { fixed, median, medianRun, memoryInUse, percentile, printTable, timeMs } from './bench-tools.ts';
import { syntheticDataset, syntheticPage } from './synthetic-dataset.ts';

const smoke = process.argv.includes('--smoke');
const SIZES = smoke ? [1_000] : [1_000, 10_000, 50_000];
const PAGE_CHARS = smoke ? 20_000 : 200_000;
const RUNS = smoke ? 3 : 21;
/** Fresh processes per size and core for the first page, which varies from run to run. */
const COLD_RUNS = smoke ? 1 : 5;
const CORES: Array<[Matcher['core'], MatcherOptions]> = [
  ['wasm', {}],
  ['js', { javascriptOnly: true }],
];
const MB = 1024 * 1024;

/** Runs `run` `times` times and returns each duration. */
function repeat(times: number, run: () => unknown): number[] {
  return Array.from({ length: times }, () => timeMs(run));
}

/** One full page scan, as the background does for a page: blocks in order, one page state. */
function scanPage(matcher: Matcher, blocks: readonly string[]): number {
  const state = newPageState();
  let mentions = 0;
  for (const block of blocks) mentions += matcher.find(block, state).length;
  return mentions;
}

/** The baseline: every alias key in one alternation, longest first, with Unicode word boundaries. */
function regexBaseline(table: PatternTable, folded: string): { build: number; scan: number[]; matches: number } {
  const keys = [...new Set(table.patterns.map((p) => p.key))].sort((a, b) => b.length - a.length);
  const source = keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  let regex = /$^/gu;
  const build = timeMs(() => {
    regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'gu');
    regex.test('warm up: the first exec compiles');
  });
  let matches = 0;
  const count = (): void => {
    matches = 0;
    regex.lastIndex = 0;
    while (regex.exec(folded)) matches++;
  };
  const first = timeMs(count);
  const scan = first > 2_000 ? [first] : [first, ...repeat(smoke ? 1 : 4, count)];
  return { build, scan, matches };
}

interface ColdRun {
  read: number;
  load: number;
  scan: number;
}

/**
 * A worker that just woke, in fresh child processes: each reads the stored record (serialized to a
 * file here, as IndexedDB stores it), loads it, and scans its first page with nothing warmed up.
 * Returns the run with the median first page.
 */
function coldStart(size: number, record: CompiledMatcher, core: Matcher['core']): ColdRun {
  const file = join(mkdtempSync(join(tmpdir(), 'matcher-bench-')), 'record');
  writeFileSync(file, serialize(record));
  const args = [...process.execArgv, fileURLToPath(import.meta.url), '--cold', String(size), file, core];
  if (smoke) args.push('--smoke');
  const runs = Array.from({ length: COLD_RUNS }, () => {
    return JSON.parse(execFileSync(process.execPath, args).toString()) as ColdRun;
  });
  rmSync(dirname(file), { recursive: true });
  return medianRun(runs, (run) => run.scan);
}

const cold = process.argv.indexOf('--cold');
if (cold !== -1) {
  const blocks = syntheticPage(syntheticDataset(Number(process.argv[cold + 1])), PAGE_CHARS);
  let record: unknown = null;
  const read = timeMs(() => (record = deserialize(readFileSync(process.argv[cold + 2] ?? ''))));
  const options = CORES.find(([name]) => name === process.argv[cold + 3])?.[1] ?? {};
  let matcher: Matcher | null = null;
  const load = timeMs(() => (matcher = matcherFromCompiled(record as CompiledMatcher, options)));
  const scan = timeMs(() => matcher && scanPage(matcher, blocks));
  console.log(JSON.stringify({ read, load, scan }));
  process.exit(0);
}

const buildRows: string[][] = [];
const scanRows: string[][] = [];
for (const size of SIZES) {
  const entities = syntheticDataset(size);
  const aliases = entities.reduce((sum, e) => sum + e.aliases.length, 0);
  let table = compilePatterns(entities, 1);
  let record = compileMatcher(table);
  const builds = repeat(smoke ? 1 : 3, () => {
    table = compilePatterns(entities, 1);
    record = compileMatcher(table);
  });
  const patternsOnly = median(repeat(smoke ? 1 : 3, () => compilePatterns(entities, 1)));
  const blocks = syntheticPage(entities, PAGE_CHARS);
  const chars = blocks.reduce((sum, b) => sum + b.length, 0);
  const folded = normalizeText(blocks.join('\n')).folded;
  const regex = regexBaseline(table, folded);
  for (const [core, options] of CORES) {
    const before = memoryInUse();
    let matcher = matcherFromCompiled(structuredClone(record), options);
    const after = memoryInUse();
    const loads = repeat(smoke ? 3 : 11, () => (matcher = matcherFromCompiled(structuredClone(record), options)));
    const first = coldStart(size, record, core);
    for (let i = 0; i < 3; i++) scanPage(matcher, blocks);
    const mentions = scanPage(matcher, blocks);
    const pages = repeat(RUNS, () => scanPage(matcher, blocks));
    const state = newPageState();
    scanPage(matcher, blocks);
    const perBlock = blocks.flatMap((block) => repeat(smoke ? 1 : 5, () => matcher.find(block, state)));
    // The core's memory is outside the heap (and counted whole, though pages never written take no room).
    const heap = before === null || after === null ? null : after - before + matcher.coreBytes;

    buildRows.push([
      `${size / 1000}k`,
      matcher.core,
      String(aliases),
      String(table.patterns.length),
      String(record.label.length),
      fixed(median(builds)),
      fixed(patternsOnly),
      fixed(compiledSize(record) / MB, 2),
      heap === null ? 'n/a' : heap < 0.1 * MB ? '< 0.1' : fixed(heap / MB, 2),
      fixed(first.read + first.load, 1),
      fixed(median(loads), 2),
      fixed(regex.build),
    ]);
    scanRows.push([
      `${size / 1000}k`,
      matcher.core,
      String(Math.round(chars / 1000)),
      String(blocks.length),
      String(mentions),
      fixed(first.scan, 1),
      fixed(Math.min(...pages), 2),
      fixed(median(pages), 2),
      fixed(percentile(pages, 95), 2),
      fixed(chars / 1e6 / (median(pages) / 1000)),
      fixed(median(perBlock), 3),
      fixed(percentile(perBlock, 95), 3),
      fixed(Math.max(...perBlock), 3),
      fixed(median(regex.scan), 1),
      String(regex.matches),
      `${fixed(median(regex.scan) / median(pages), 1)}×`,
    ]);
  }
}

const machine = `${cpus().length} cores, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}`;
console.log(`matcher benchmark${smoke ? ' (smoke run)' : ''}: node ${process.version}, ${machine}`);
printTable(
  'Build, size and load (times in ms, sizes in MB)',
  [
    'aliases',
    'core',
    'aliases made',
    'patterns',
    'trie nodes',
    'build',
    'of which patterns',
    'record',
    'heap',
    'first load',
    'load',
    'regex build',
  ],
  buildRows,
);
printTable(
  `Scan of a ${PAGE_CHARS / 1000} KB page (times in ms)`,
  ['aliases', 'core', 'page KB', 'blocks', 'mentions', 'first page', 'page min', 'page', 'page p95', 'MB/s', 'block']
    .concat(['block p95'])
    .concat(['block max'])
    .concat(['regex page', 'regex matches', 'regex / matcher']),
  scanRows,
);
