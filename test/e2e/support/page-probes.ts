/**
 * Functions the tests run inside the page (through `page.evaluate`). Each is self-contained: it is
 * serialized and runs in the page's main world, where Lodestone's highlights are visible in
 * `CSS.highlights` under their documented names.
 */

/** One highlighted mention as seen from the page. */
export interface ProbedMention {
  kind: string;
  text: string;
  rect: { x: number; y: number; width: number; height: number } | null;
}

/**
 * Every range of the four `lodestone-*` highlights, with its text and first client rect; null until
 * Lodestone's first full pass over the page is done (its `lodestone:scanned` event, counted by the
 * drivers' init script; without that script, until the four highlights are registered).
 */
export function probeHighlights(): ProbedMention[] | null {
  const kinds = ['person', 'organization', 'commodity', 'measure'];
  const scans = (window as unknown as { __lodestoneScans?: number }).__lodestoneScans;
  if (scans === undefined ? !kinds.every((kind) => CSS.highlights.has(`lodestone-${kind}`)) : scans < 1) return null;
  const out: ProbedMention[] = [];
  for (const kind of kinds) {
    for (const abstract of CSS.highlights.get(`lodestone-${kind}`) ?? []) {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const rect = range.getClientRects()[0];
      out.push({
        kind,
        text: range.toString(),
        rect: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      });
    }
  }
  return out;
}

/** The text of the shown popover's shadow root, or null when none is shown. */
export function probePopover(): string | null {
  const host = document.querySelector('lodestone-popover');
  return host?.shadowRoot?.textContent ?? null;
}

/** The shown popover's rectangle in the viewport, or null when none is shown. */
export function popoverRect(): { top: number; bottom: number; left: number; right: number } | null {
  const host = document.querySelector('lodestone-popover');
  if (!host) return null;
  const { top, bottom, left, right } = host.getBoundingClientRect();
  return { top, bottom, left, right };
}

/** Selects the first paragraph-level text that contains `needle`; returns the selected text. */
export function selectSentence(needle: string): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const at = text.indexOf(needle);
    if (at === -1) continue;
    const start = Math.max(0, text.lastIndexOf('.', at) + 1);
    const dot = text.indexOf('.', at + needle.length);
    const end = dot === -1 ? text.length : dot + 1;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return range.toString().trim();
  }
  throw new Error(`no text contains ${needle}`);
}

/** A serialization of the page's DOM that includes attributes, for before/after comparison. */
export function serializeDom(): string {
  return document.documentElement.outerHTML;
}
