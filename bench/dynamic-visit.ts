/**
 * Two measures of changing pages in Chromium with the extension: one block of a long page changed
 * and read again (the extension's main-thread time from the change to the new mention's highlight),
 * and a page whose clock never stops ticking (the extension's share of the main thread meanwhile).
 * Both are work of a fraction of a millisecond per task, so their traces sample the CPU every 0.1 ms.
 */
import type { Page } from 'playwright-core';
import { FINE_CATEGORIES, startTrace, type TracedChromium } from '../test/e2e/support/traced-chromium.ts';
import { scanCount } from '../test/e2e/support/highlight-probes.ts';
import { extensionWork, visitWindows, type ExtensionWork } from '../test/e2e/support/trace-tasks.ts';
import { benchProbe } from './page-visit.ts';

/** Opens `url` and waits for the content script's first full pass. */
async function openScanned(browser: TracedChromium, url: string) {
  const page = await browser.context.newPage();
  await page.addInitScript(benchProbe);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(scanCount, null, { timeout: 120_000 });
  return page;
}

/** The extension's work for changed blocks: the first change on each page apart, as it compiles code the first pass never ran. */
export interface BlockRescans {
  /** The first change on each page opened. */
  first: ExtensionWork[];
  /** Every later change. */
  later: ExtensionWork[];
}

/**
 * Opens `url` (a long page) `loads` times, each time in a new tab, and on each replaces the text of
 * one paragraph with a sentence naming a person `changes` times (a different paragraph each time);
 * returns the extension's work from each change until the new mention is highlighted.
 */
export async function measureBlockRescans(
  browser: TracedChromium,
  url: string,
  { loads, changes }: { loads: number; changes: number },
): Promise<BlockRescans> {
  const results: BlockRescans = { first: [], later: [] };
  for (let load = 0; load < loads; load++) {
    const page = await openScanned(browser, url);
    for (let round = 0; round < changes; round++) {
      const work = await changeOneBlock(browser, page, round, changes);
      (round === 0 ? results.first : results.later).push(work);
    }
    await page.close();
  }
  return results;
}

/** Replaces paragraph `index` of `of` evenly spaced ones and measures the extension until its mention is highlighted. */
async function changeOneBlock(browser: TracedChromium, page: Page, index: number, of: number): Promise<ExtensionWork> {
  const trace = await startTrace(browser, FINE_CATEGORIES);
  await page.evaluate(
    ({ index, of }) => {
      performance.mark('lodestone-rescan-start');
      const paragraphs = document.querySelectorAll('p');
      const paragraph = paragraphs[Math.floor(((index + 1) * paragraphs.length) / (of + 1))];
      if (!paragraph) throw new Error('the page has no paragraphs');
      paragraph.textContent = `In round ${String(index)}, Howard Lutnick met He Lifeng in Geneva.`;
      (window as unknown as { __changed: Node | null }).__changed = paragraph.firstChild;
    },
    { index, of },
  );
  await page.waitForFunction(
    () => {
      const changed = (window as unknown as { __changed: Node | null }).__changed;
      const ranges = [...(CSS.highlights.get('lodestone-person') ?? [])];
      return ranges.some((range) => range.startContainer === changed);
    },
    null,
    { timeout: 30_000, polling: 4 },
  );
  // The window ends a poll or so after the highlight: it holds all of the extension's work for the change.
  await page.evaluate(() => performance.mark('lodestone-rescan-end'));
  const events = await trace.stop();
  const [span] = visitWindows(events, 'lodestone-rescan-start', 'lodestone-rescan-end');
  if (!span) throw new Error('no rescan window in the trace');
  return extensionWork(events, browser.extensionOrigin ?? '', span);
}

/** The extension's work on a page whose clock ticks every 50 ms, over `seconds`, after its first pass. */
export async function measureLiveClock(browser: TracedChromium, url: string, seconds = 5): Promise<ExtensionWork> {
  const page = await openScanned(browser, url);
  const trace = await startTrace(browser, FINE_CATEGORIES);
  await page.evaluate(() => performance.mark('lodestone-clock-start'));
  await page.waitForTimeout(seconds * 1000);
  await page.evaluate(() => performance.mark('lodestone-clock-end'));
  const events = await trace.stop();
  await page.close();
  const [span] = visitWindows(events, 'lodestone-clock-start', 'lodestone-clock-end');
  if (!span) throw new Error('no clock window in the trace');
  return extensionWork(events, browser.extensionOrigin ?? '', span);
}
