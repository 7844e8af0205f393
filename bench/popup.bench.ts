/**
 * The popup holding many clippings, in Chromium with the built extension: for each size, clippings
 * are imported from a file, then the popup is opened again and again (time until it lists them) and
 * searched (time from a keystroke until the list has changed). The first search folds every
 * clipping's text, later ones only compare it. Prints a markdown table; never fails on time.
 * `--smoke` runs 1,000 clippings.
 *
 *   npm run bench:popup [-- --smoke]
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { clippingsFileText, syntheticClippings } from '../test/e2e/support/clipping-files.ts';
import { chooseImportFile } from '../test/e2e/support/popup-probes.ts';
import { launchTracedChromium } from '../test/e2e/support/traced-chromium.ts';
import { fixed, median, printTable } from './bench-tools.ts';
import { waitForDataset } from './worker-control.ts';

const smoke = process.argv.includes('--smoke');
const SIZES = smoke ? [1_000] : [1_000, 10_000, 50_000];
const OPENS = smoke ? 2 : 5;
/** Searches after the first, alternating so that each changes the list. */
const QUERIES = ['#17.', 'news.example', 'bessent', '#250.', 'geneva tariffs', 'lutnick licences'];
const SEARCH_ROUNDS = smoke ? 1 : 3;

/** In the popup, before its scripts: notes when the first clipping is in the document. */
function noteFirstListed(): void {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="clipping"]')) return;
    (window as unknown as { __listedAt: number }).__listedAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** In the popup: types `query` and resolves with the milliseconds until the list has changed. */
function timeSearch(query: string): Promise<number> {
  const main = document.querySelector('main');
  const input = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!main || !input) throw new Error('no popup to search');
  return new Promise((resolve) => {
    const started = performance.now();
    new MutationObserver((_, observer) => {
      observer.disconnect();
      resolve(performance.now() - started);
    }).observe(main, { childList: true, subtree: true, characterData: true });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function openPopup(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __listedAt?: number }).__listedAt !== undefined, null, {
    timeout: 120_000,
  });
  return page.evaluate(() => (window as unknown as { __listedAt: number }).__listedAt);
}

const rows: string[][] = [];
let version = '';
for (const size of SIZES) {
  const browser = await launchTracedChromium(true);
  try {
    version = browser.context.browser()?.version() ?? version;
    await waitForDataset(browser);
    const url = `${browser.extensionOrigin ?? ''}src/popup/index.html`;
    const page = await browser.context.newPage();
    await page.addInitScript(noteFirstListed);
    await page.goto(url);
    await page.waitForSelector('[data-testid="dataset-status"]');
    const text = clippingsFileText(syntheticClippings(size));
    const importStarted = performance.now();
    await page.evaluate(chooseImportFile, text);
    await page.waitForSelector('[data-testid="popup-notice"]', { timeout: 300_000 });
    const importMs = performance.now() - importStarted;
    const notice = await page.textContent('[data-testid="popup-notice"]');
    if (notice !== `Imported ${String(size)} clippings.`) {
      throw new Error(`the import of ${String(size)} clippings said: ${notice ?? 'nothing'}`);
    }
    const opens: number[] = [];
    for (let i = 0; i < OPENS; i++) opens.push(await openPopup(page, url));
    const listed = await page.locator('[data-testid="clipping"]').count();
    const first = await page.evaluate(timeSearch, 'trade talks');
    const later: number[] = [];
    for (let round = 0; round < SEARCH_ROUNDS; round++) {
      for (const query of QUERIES) later.push(await page.evaluate(timeSearch, query));
    }
    const heap = await page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
    rows.push([
      size.toLocaleString('en-US'),
      (text.length / 1e6).toFixed(1),
      fixed(importMs, 0),
      fixed(median(opens), 0),
      fixed(Math.max(...opens), 0),
      String(listed),
      fixed(first, 1),
      fixed(median(later), 1),
      fixed(Math.max(...later), 1),
      heap > 0 ? fixed(heap / 1e6, 1) : 'n/a',
    ]);
  } finally {
    await browser.close();
  }
}

const machine = `${String(cpus().length)} cores, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}`;
console.log(`popup with many clippings${smoke ? ' (smoke run)' : ''}: Chromium ${version}, ${machine}`);
printTable(
  'Clippings in the popup (times in ms, sizes in MB)',
  [
    'clippings',
    'file',
    'import',
    'open to listed',
    'open max',
    'listed',
    'first search',
    'search',
    'search max',
    'popup heap',
  ],
  rows,
);
process.exit(0);
