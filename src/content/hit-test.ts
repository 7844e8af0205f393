/** Finds the mention under a point: caret position, then the mentions of that text node, confirmed against their rectangles. */
import type { MentionIndex, MentionRecord } from './mentions.ts';

interface CaretPoint {
  node: Node;
  offset: number;
}

/** `caretPositionFromPoint` with its options argument, which the DOM typings do not have yet. */
interface CaretFromPoint {
  caretPositionFromPoint(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): CaretPosition | null;
}

/**
 * The caret position under a point (Chromium 128+, Firefox 20+; both below our minimum versions).
 * Given the open shadow roots we highlight in, it reaches into them instead of stopping at their host.
 */
function caretAt(x: number, y: number, shadowRoots: readonly ShadowRoot[]): CaretPoint | null {
  const options = shadowRoots.length > 0 ? { shadowRoots: [...shadowRoots] } : undefined;
  const position = (document as CaretFromPoint).caretPositionFromPoint(x, y, options);
  return position ? { node: position.offsetNode, offset: position.offset } : null;
}

/** A live copy of a static range, for measuring. */
export function toLiveRange(range: StaticRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/** The rectangle of the mention's line box that contains the point, if any. */
export function rectAt(range: StaticRange, x: number, y: number): DOMRect | null {
  for (const rect of toLiveRange(range).getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
  }
  return null;
}

/** The mention under the point and the rectangle hit, or null. */
export function mentionAt(
  index: MentionIndex,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): { record: MentionRecord; rect: DOMRect } | null {
  const caret = caretAt(x, y, shadowRoots);
  if (!caret) return null;
  for (const record of index.inNode(caret.node)) {
    const rect = rectAt(record.range, x, y);
    if (rect) return { record, rect };
  }
  return null;
}
