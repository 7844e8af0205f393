/**
 * One page in Chromium with the extension, measured: time from the content script's start to its
 * first highlights painted, the extension's main-thread time and longest task until its first full
 * pass is done (from the trace), the JS heap of the page's renderer afterwards, and hover hit-testing.
 */
import type { Page } from 'playwright-core';
import { markVisitEnd, markVisitStart, startTrace, type TracedChromium } from '../test/e2e/support/traced-chromium.ts';
import {
  extensionWork,
  firstExtensionTime,
  markTime,
  visitWindows,
  type TraceEvent,
} from '../test/e2e/support/trace-tasks.ts';

/** Trace categories without CPU sampling: tasks, script calls and marks (hovering, and light visits). */
const LIGHT_CATEGORIES = [
  '__metadata',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

/** What one page costs with the extension. */
export interface ExtensionVisit {
  mentions: number;
  /** Content-script start to its first highlights, ms (null: nothing to highlight). */
  firstPaintMs: number | null;
  totalMs: number;
  longestMs: number;
  heapBytes: number;
  /** One hit test replayed in the page without a trace, ms (NaN: the point did not hit its mention). */
  hitTestMs: number | null;
  /** The most one task of hovering cost the extension (a pointer event's listener, or the frame that hit-tests), CPU ms; null: no mention in view. */
  hoverMs: number | null;
}

/**
 * Counts full passes and marks, in the trace, when the first highlight of ours exists. It polls
 * every 4 ms: a headless page may produce no animation frame until something asks for a paint.
 */
export function benchProbe(): void {
  const state = window as unknown as { __lodestoneScans: number };
  state.__lodestoneScans = 0;
  document.addEventListener('lodestone:scanned', () => (state.__lodestoneScans += 1));
  const kinds = ['person', 'organization', 'commodity', 'measure'];
  const timer = setInterval(() => {
    if (kinds.some((kind) => (CSS.highlights.get(`lodestone-${kind}`)?.size ?? 0) > 0)) {
      performance.mark('lodestone-painted');
      clearInterval(timer);
    } else if (state.__lodestoneScans > 0) clearInterval(timer);
  }, 4);
}

/** The centre of the first highlighted range inside the viewport, with the highlight count. */
function mentionInView(): { count: number; point: { x: number; y: number } | null } {
  let count = 0;
  let point: { x: number; y: number } | null = null;
  for (const kind of ['person', 'organization', 'commodity', 'measure']) {
    for (const range of CSS.highlights.get(`lodestone-${kind}`) ?? []) {
      count++;
      if (point) continue;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getClientRects()[0];
      if (rect && rect.top >= 0 && rect.bottom <= innerHeight && rect.left >= 0 && rect.right <= innerWidth)
        point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return { count, point };
}

/**
 * The hit test the content script runs per pointer event, replayed 200 times in the page without a
 * trace: caret position under the point, the mentions of that text node (from an index by node),
 * and their client rectangles. Milliseconds per hit test.
 */
function replayHitTest(point: { x: number; y: number }): number {
  const byNode = new Map<Node, AbstractRange[]>();
  for (const kind of ['person', 'organization', 'commodity', 'measure']) {
    for (const range of CSS.highlights.get(`lodestone-${kind}`) ?? []) {
      const list = byNode.get(range.startContainer) ?? [];
      list.push(range);
      byNode.set(range.startContainer, list);
    }
  }
  const rounds = 200;
  let hits = 0;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) {
    const caret = document.caretPositionFromPoint(point.x, point.y);
    for (const range of (caret && byNode.get(caret.offsetNode)) ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const inside = [...live.getClientRects()].some(
        (r) => point.x >= r.left && point.x <= r.right && point.y >= r.top && point.y <= r.bottom,
      );
      if (inside) {
        hits++;
        break;
      }
    }
  }
  const ms = (performance.now() - started) / rounds;
  return hits === rounds ? ms : Number.NaN;
}

/** Moves the pointer over a mention (showing its popover), then about it `moves` times, a frame apart. */
async function hover(page: Page, point: { x: number; y: number }, moves: number): Promise<void> {
  await page.mouse.move(point.x, point.y);
  await page.waitForSelector('lodestone-popover', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => performance.mark('lodestone-hover-start'));
  for (let i = 0; i < moves; i++) {
    await page.mouse.move(point.x + (i % 3) - 1, point.y);
    // Each move is followed by a frame, in which the hover's hit test runs.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  }
  await page.evaluate(() => performance.mark('lodestone-hover-end'));
}

/**
 * Visits `url` with the extension and measures it. With `sampling` false the trace records no CPU
 * samples (which slow every process, the background worker too): first paint is then closer to what
 * a reader gets, and the main-thread times count only script calls the trace names.
 */
export async function visitWithExtension(
  browser: TracedChromium,
  url: string,
  sampling = true,
): Promise<ExtensionVisit> {
  const origin = browser.extensionOrigin;
  if (!origin) throw new Error('the extension is not loaded');
  const trace = await startTrace(browser, sampling ? undefined : LIGHT_CATEGORIES);
  const page = await browser.context.newPage();
  await page.addInitScript(markVisitStart);
  await page.addInitScript(benchProbe);
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  await page.waitForFunction(
    () => (window as unknown as { __lodestoneScans: number }).__lodestoneScans >= 1,
    undefined,
    {
      timeout: 120_000,
    },
  );
  await page.evaluate(markVisitEnd);
  const events: TraceEvent[] = await trace.stop();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { count, point } = await page.evaluate(mentionInView);
  let hoverMs: number | null = null;
  let hitTestMs: number | null = null;
  if (point) {
    hitTestMs = await page.evaluate(replayHitTest, point);
    // A trace without CPU sampling: sampling would weigh more than the sub-millisecond work measured.
    const hoverTrace = await startTrace(browser, LIGHT_CATEGORIES);
    await hover(page, point, 20);
    const hoverEvents = await hoverTrace.stop();
    const [hoverWindow] = visitWindows(hoverEvents, 'lodestone-hover-start', 'lodestone-hover-end');
    if (hoverWindow) hoverMs = extensionWork(hoverEvents, origin, hoverWindow, false).longestMs;
  }
  await page.close();
  const [visit] = visitWindows(events);
  if (!visit) throw new Error(`no visit of ${url} in the trace`);
  const work = extensionWork(events, origin, visit);
  const start = firstExtensionTime(events, origin, visit);
  const painted = markTime(events, 'lodestone-painted', { ...visit, to: Infinity });
  return {
    mentions: count,
    firstPaintMs: start !== null && painted !== null ? (painted - start) / 1000 : null,
    totalMs: work.totalMs,
    longestMs: work.longestMs,
    heapBytes: usedSize,
    hoverMs,
    hitTestMs,
  };
}
