/**
 * Probes of Lodestone's highlights for the page scenarios, run inside the page (self-contained: each
 * is serialized), and a helper that polls one until its answer is what the test waits for.
 */
import type { DriverPage } from './driver.ts';

/** `kind:text` of every highlighted range of the document, shadow roots included, in registry order. */
export function highlightTexts(): string[] {
  const out: string[] = [];
  for (const kind of ['person', 'organization', 'commodity', 'measure']) {
    for (const range of CSS.highlights.get(`lodestone-${kind}`) ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      out.push(`${kind}:${live.toString().replace(/\s+/g, ' ')}`);
    }
  }
  return out;
}

/** `kind:text` of every highlighted range in the page's first iframe (same origin), or null before it has any. */
export function frameHighlightTexts(): string[] | null {
  const frame = document.querySelector('iframe');
  const win = frame?.contentWindow as (Window & typeof globalThis) | null | undefined;
  if (!win) return null;
  const out: string[] = [];
  for (const kind of ['person', 'organization', 'commodity', 'measure']) {
    for (const range of win.CSS.highlights.get(`lodestone-${kind}`) ?? []) {
      const live = win.document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      out.push(`${kind}:${live.toString()}`);
    }
  }
  return out.length > 0 ? out : null;
}

/** The viewport rectangle of the first highlighted range whose text is `text`, shadow roots included. */
export function rectOfHighlight(text: string): { x: number; y: number; width: number; height: number } | null {
  for (const kind of ['person', 'organization', 'commodity', 'measure']) {
    for (const range of CSS.highlights.get(`lodestone-${kind}`) ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (live.toString() !== text) continue;
      const rect = live.getClientRects()[0];
      if (rect) return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
  }
  return null;
}

/** How many full passes Lodestone announced on this page (counted by the drivers' init script). */
export function scanCount(): number {
  return (window as unknown as { __lodestoneScans?: number }).__lodestoneScans ?? 0;
}

/**
 * Runs `probe` in the page every 100 ms until `accept` holds for its answer; fails with the last
 * answer after `timeoutMs`. A wait on a condition, never a fixed sleep.
 */
export async function pollPage<T, A>(
  page: DriverPage,
  probe: (arg: A) => T,
  arg: A,
  accept: (value: Awaited<T>) => boolean,
  timeoutMs = 15_000,
): Promise<Awaited<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(probe, arg);
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last answer: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
