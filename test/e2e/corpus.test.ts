/**
 * Lodestone over every real page of the corpus and every seed article, in Chromium: the extension
 * changes nothing in the page's DOM, adds no error, and runs no main-thread task over 50 ms. Tasks
 * are read from a Chromium trace, attributed to the extension the way a DevTools performance profile
 * does (its script URLs in trace events and in CPU samples), and counted in the main thread's CPU
 * time so that a busy machine does not stretch them. Pages are served with their own scripts off,
 * so that a changed DOM can only be the extension's doing. One browser context, pages in sequence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/dev/static-server.ts';
import { ARTICLES_DIR, CORPUS_DIR, listCorpusPages, type CorpusPage } from './support/corpus-pages.ts';
import { visitAll, type VisitResult } from './support/corpus-visit.ts';
import { serveScriptFree } from './support/script-free-server.ts';
import { launchTracedChromium, type TracedChromium } from './support/traced-chromium.ts';

/** The longest main-thread task the extension may run. */
const LONG_TASK_MS = 50;

const pages = listCorpusPages();
let browser: TracedChromium | undefined;
let servers: Record<CorpusPage['root'], StaticServer> | undefined;
let results = new Map<string, VisitResult>();

beforeAll(async () => {
  servers = { corpus: await serveScriptFree(CORPUS_DIR), articles: await serveScriptFree(ARTICLES_DIR) };
  browser = await launchTracedChromium();
  results = await visitAll(browser, pages, servers);
}, 20 * 60_000);

afterAll(async () => {
  await browser?.close();
  await servers?.corpus.close();
  await servers?.articles.close();
});

describe('every corpus page and seed article in Chromium', () => {
  it.each(pages.map((page) => page.name))('%s', (name) => {
    const result = results.get(name);
    if (!result) throw new Error(`${name} was not visited`);
    expect(result.errors).toEqual([]);
    expect(result.isDomUnchanged, 'the DOM changed').toBe(true);
    if (!result.work) throw new Error('the visit is missing from the trace');
    expect(result.work.tasks, 'no task of the extension was found in the trace').toBeGreaterThan(0);
    expect(result.work.longestMs).toBeLessThanOrEqual(LONG_TASK_MS);
  });
});
