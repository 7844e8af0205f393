/**
 * Shows an entity's popover when the keyboard reaches one of its mentions, not only the pointer: a
 * focused element (a link Tab lands on) that holds a mention, or the caret (caret browsing) or a
 * selection lying inside one mention. Leaving it closes the popover (Esc and scrolling are handled by
 * `MentionPopover`). Nothing is added to the page: mentions stay text, found through the index of
 * mentions per text node.
 */
import { toLiveRange } from './hit-test.ts';
import type { MentionPopover } from './mention-popover.ts';
import type { MentionIndex, MentionRecord } from './mentions.ts';
import { POPOVER_TAG } from './popover/popover-tag.ts';

/** A focused element with this much text or more is a region, not a mention's link: focus there opens nothing. */
const MAX_FOCUSED_TEXT = 500;

/** What focus needs from the rest of the content script. */
export interface FocusDeps {
  index: MentionIndex;
  popover: MentionPopover;
  signal: AbortSignal;
}

/** True for the popover's host: focus in it (a source link) stays with the popover. */
function isPopover(target: EventTarget | null): boolean {
  return target instanceof Element && target.localName === POPOVER_TAG;
}

/** True when the boundary point (`node`, `offset`) lies within `range` (its ends included). */
function contains(range: StaticRange, node: Node, offset: number): boolean {
  const live = toLiveRange(range);
  try {
    return live.comparePoint(node, offset) === 0;
  } catch {
    return false; // A node in another tree or a doctype: not in the mention.
  }
}

/** The mention holding the boundary point, if any. */
function mentionAtPoint(index: MentionIndex, node: Node, offset: number): MentionRecord | null {
  for (const record of index.inNode(node)) if (contains(record.range, node, offset)) return record;
  return null;
}

/**
 * The first mention in the text under `element`, if the element holds less than `MAX_FOCUSED_TEXT`
 * characters of text; the walk stops there, so a large focused region costs no more than a link.
 */
export function firstMentionIn(index: MentionIndex, element: Element): MentionRecord | null {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let first: MentionRecord | null = null;
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as Text).length;
    if (length >= MAX_FOCUSED_TEXT) return null;
    first ??= index.inNode(node)[0] ?? null;
  }
  return first;
}

/** The mention the reader's selection sits in: a caret inside one, or both ends inside the same one. */
export function mentionAtSelection(index: MentionIndex, selection: Selection | null): MentionRecord | null {
  if (!selection || selection.rangeCount === 0 || !selection.focusNode || !selection.anchorNode) return null;
  const record = mentionAtPoint(index, selection.focusNode, selection.focusOffset);
  if (!record || selection.isCollapsed) return record;
  return contains(record.range, selection.anchorNode, selection.anchorOffset) ? record : null;
}

/** Wires the focus and selection listeners; they are removed when `signal` aborts. */
export function startFocus({ index, popover, signal }: FocusDeps): void {
  let frame = 0;

  const follow = (record: MentionRecord | null, by: 'focus' | 'selection'): void => {
    if (!record) popover.hide(by);
    else if (record !== popover.record) void popover.show(record, by);
  };

  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!(target instanceof Element) || isPopover(target)) return;
      follow(target === document.body ? null : firstMentionIn(index, target), 'focus');
    },
    { signal },
  );
  document.addEventListener(
    'focusout',
    (event) => {
      if (!isPopover(event.relatedTarget)) popover.hide('focus');
    },
    { signal },
  );
  document.addEventListener(
    'selectionchange',
    () => {
      // Once a frame at most: a selection dragged by the pointer changes at every move.
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        const record = mentionAtSelection(index, document.getSelection());
        if (record || popover.openedBy === 'selection') follow(record, 'selection');
      });
    },
    { signal },
  );
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
}
