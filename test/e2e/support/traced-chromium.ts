/**
 * Chromium with the built extension (or without it) for measuring: each page is opened in one
 * shared context with a trace of its main-thread tasks and CPU samples, recorded over CDP.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import type { TraceEvent } from './trace-tasks.ts';

/** Names outside 127.0.0.1 fail at once: saved pages reference hosts that cannot be reached here. */
const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** What the traces record: tasks, script calls, user timing marks, CPU samples. */
const CATEGORIES = [
  '__metadata',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * The same, with CPU samples every 0.1 ms instead of every millisecond, for work measured in fractions
 * of a millisecond: a sample stands for the time until the next one, so at the default rate one
 * sample in a short task counts up to a whole millisecond. Sampling this often costs the page a
 * little more, so whole-page visits keep the default.
 */
export const FINE_CATEGORIES = [...CATEGORIES, 'disabled-by-default-v8.cpu_profiler.hires'];

/** A Chromium for measurements. */
export interface TracedChromium {
  context: BrowserContext;
  /** The extension's origin (`chrome-extension://<id>/`), or null when it is not loaded. */
  extensionOrigin: string | null;
  close(): Promise<void>;
}

/** Starts headless Chromium, with `dist/chrome` loaded unless `withExtension` is false. */
export async function launchTracedChromium(
  withExtension = true,
  extensionPath = resolve('dist/chrome'),
): Promise<TracedChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'lodestone-traced-'));
  const extensionArgs = withExtension
    ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...extensionArgs, ...CHROMIUM_ARGS, ...OFFLINE_ARGS],
  });
  let extensionOrigin: string | null = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}/`;
  }
  return {
    context,
    extensionOrigin,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A trace being recorded over CDP: every process of the browser, until `stop`. */
export interface TraceSession {
  /** Stops the trace and returns its events. */
  stop(): Promise<TraceEvent[]>;
}

/** Starts a browser-wide trace through a blank page's CDP session (the page stays open until `stop`). */
export async function startTrace(browser: TracedChromium, categories = CATEGORIES): Promise<TraceSession> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await complete;
      await page.close();
      return events;
    },
  };
}

/** Marks the start of a visit in the page's trace (an init script: it runs before any other script). */
export function markVisitStart(): void {
  performance.mark('lodestone-visit-start');
}

/** Marks the end of a visit in the page's trace. */
export function markVisitEnd(): void {
  performance.mark('lodestone-visit-end');
}
