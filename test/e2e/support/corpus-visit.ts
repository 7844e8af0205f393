/**
 * Visits real pages in Chromium with the extension, one after another in one context, and records
 * per page what the corpus test checks: the DOM before and after the first full pass, the
 * extension's errors, and the extension's main-thread tasks from a browser-wide trace.
 */
import type { StaticServer } from '../../../scripts/dev/static-server.ts';
import type { CorpusPage } from './corpus-pages.ts';
import { recordDomAtLoad } from './driver.ts';
import { serializeDom } from './page-probes.ts';
import { extensionWork, visitWindows, type ExtensionWork } from './trace-tasks.ts';
import { markVisitEnd, markVisitStart, startTrace, type TracedChromium } from './traced-chromium.ts';

/** What one visit found. */
export interface VisitResult {
  isDomUnchanged: boolean;
  errors: string[];
  work: ExtensionWork | null;
}

/** Pages per trace: one trace for all pages would hold too many events at once. */
const PAGES_PER_TRACE = 25;

/** Visits one page (served with page scripts off, see `serveScriptFree`) until the first full pass is done. */
async function visit(browser: TracedChromium, url: string, origin: string): Promise<Omit<VisitResult, 'work'>> {
  const page = await browser.context.newPage();
  await page.addInitScript(recordDomAtLoad);
  await page.addInitScript(markVisitStart);
  await page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
    });
  });
  const cdp = await browser.context.newCDPSession(page);
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const where = [exceptionDetails.url ?? '', ...(exceptionDetails.stackTrace?.callFrames ?? []).map((f) => f.url)];
    if (where.some((at) => at.startsWith(origin)))
      errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  await page.waitForFunction(
    () => (window as unknown as { __lodestoneScans: number }).__lodestoneScans >= 1,
    undefined,
    {
      timeout: 60_000,
    },
  );
  const before = await page.evaluate(() => (window as unknown as { __domBefore: string }).__domBefore);
  const after = await page.evaluate(serializeDom);
  await page.evaluate(markVisitEnd);
  await page.close();
  return { isDomUnchanged: before === after, errors };
}

/** Visits every page in order; `onVisited` hears each page's name as it is done. */
export async function visitAll(
  browser: TracedChromium,
  pages: readonly CorpusPage[],
  servers: Record<CorpusPage['root'], StaticServer>,
  onVisited: (name: string) => void = () => undefined,
): Promise<Map<string, VisitResult>> {
  const origin = browser.extensionOrigin;
  if (!origin) throw new Error('the extension is not loaded');
  const results = new Map<string, VisitResult>();
  for (let first = 0; first < pages.length; first += PAGES_PER_TRACE) {
    const batch = pages.slice(first, first + PAGES_PER_TRACE);
    const trace = await startTrace(browser);
    const found: Array<Omit<VisitResult, 'work'>> = [];
    for (const page of batch) {
      found.push(await visit(browser, `${servers[page.root].origin}/${page.path}`, origin));
      onVisited(page.name);
    }
    const events = await trace.stop();
    const windows = visitWindows(events);
    batch.forEach((page, i) => {
      const span = windows[i];
      const result = found[i] as Omit<VisitResult, 'work'>;
      results.set(page.name, { ...result, work: span ? extensionWork(events, origin, span) : null });
    });
  }
  return results;
}
