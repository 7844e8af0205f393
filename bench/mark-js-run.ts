/**
 * The common alternative, measured on the same page in a browser without the extension: mark.js
 * (injected into the page) given the same alias list. Its `mark(keywords)` walks the page once per
 * keyword, which at 50,000 aliases does not finish in seconds even on a short page, so it is given
 * the list the fast way: one case-insensitive whole-word RegExp of every alias, longest first,
 * through `markRegExp` across elements. Also the page's JS heap without any highlighter, the
 * baseline for the heap the extension adds.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { TracedChromium } from '../test/e2e/support/traced-chromium.ts';
import { measureWalkFloor, type WalkFloor } from './walk-floor.ts';

/** The same page without the extension: its heap, the walk floor and what mark.js costs on it. */
export interface PlainVisit {
  heapBytes: number;
  /** The least a content script pays to walk the page (measured where mark.js runs), or null. */
  walkFloor: WalkFloor | null;
  /** Main-thread milliseconds of one mark.js run (it runs in one task); 'capped' when it hit the cap. */
  markJs: number | 'capped' | 'not run';
  markJsMarks: number;
}

let markJsSource: Promise<string> | null = null;

function loadMarkJs(): Promise<string> {
  markJsSource ??= readFile(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  return markJsSource;
}

interface MarkWindow {
  lodestoneBenchMark: (source: string) => { ms: number; marks: number };
}

/**
 * Times one mark.js run in the page. A string, not a function: the bundler that runs this file
 * would wrap a function's inner functions in a helper the page does not have.
 */
const RUNNER = `window.lodestoneBenchMark = function (source) {
  var marks = 0;
  var started = performance.now();
  new Mark(document.body).markRegExp(new RegExp(source, 'gi'), {
    acrossElements: true,
    each: function () { marks += 1; },
  });
  return { ms: performance.now() - started, marks: marks };
};`;

/** The source of one RegExp that matches any alias as a whole word, longest alias first. */
export function aliasPattern(aliases: readonly string[]): string {
  const escaped = [...new Set(aliases)]
    .sort((a, b) => b.length - a.length)
    .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `\\b(?:${escaped.join('|')})\\b`;
}

/** Visits `url` without the extension, takes the heap, then runs mark.js over it with `pattern` (if any); gives up after `capMs`. */
export async function visitPlain(
  browser: TracedChromium,
  url: string,
  pattern: string | null,
  capMs: number,
): Promise<PlainVisit> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  if (pattern === null) {
    await page.close();
    return { heapBytes: usedSize, walkFloor: null, markJs: 'not run', markJsMarks: 0 };
  }
  // Before mark.js, which adds its marks to the page.
  const walkFloor = await measureWalkFloor(cdp);
  // Evaluated rather than added as a script tag: the page's CSP allows no script of its own.
  await page.evaluate(await loadMarkJs());
  await page.evaluate(RUNNER);
  // mark.js runs synchronously, in one task; past the cap the run is terminated and reported as such.
  let isTerminated = false;
  const timer = setTimeout(() => {
    isTerminated = true;
    void cdp.send('Runtime.terminateExecution').catch(() => undefined);
  }, capMs);
  const outcome = await page
    .evaluate((source) => (window as unknown as MarkWindow).lodestoneBenchMark(source), pattern)
    .catch((error: unknown) => {
      if (isTerminated) return null;
      throw error;
    });
  clearTimeout(timer);
  await page.close();
  return { heapBytes: usedSize, walkFloor, markJs: outcome?.ms ?? 'capped', markJsMarks: outcome?.marks ?? 0 };
}
