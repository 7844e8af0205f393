/**
 * Shows an entity's popover when the keyboard reaches one of its mentions, not only the pointer: a
 * focused element (a link Tab lands on) that holds a mention, or the caret (caret browsing) or a
 * selection lying inside one mention. Leaving it, or Esc, closes the popover. Nothing is added to the
 * page: mentions stay text, found through the index of mentions per text node.
 */
import type { EntityView } from '../shared/messaging/protocol.ts';
import { toLiveRange } from './hit-test.ts';
import type { MentionIndex, MentionRecord } from './mentions.ts';
import type { Popover } from './popover/lazy-popover.ts';

/** Text nodes looked at under a focused element before giving up (a focused region may be large). */
const MAX_TEXT_NODES = 200;

/** What focus needs from the rest of the content script. */
export interface FocusDeps {
  index: MentionIndex;
  popover: Popover;
  loadView: (entityId: string) => Promise<EntityView | null>;
  today: () => string;
  signal: AbortSignal;
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

/** The first mention in the text under `element`, if any. */
export function firstMentionIn(index: MentionIndex, element: Element): MentionRecord | null {
  if (index.size === 0) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
    const [first] = index.inNode(node);
    if (first) return first;
  }
  return null;
}

/** The mention the reader's selection sits in: a caret inside one, or both ends inside the same one. */
export function mentionAtSelection(index: MentionIndex, selection: Selection | null): MentionRecord | null {
  if (!selection || selection.rangeCount === 0 || !selection.focusNode || !selection.anchorNode) return null;
  const record = mentionAtPoint(index, selection.focusNode, selection.focusOffset);
  if (!record || selection.isCollapsed) return record;
  return contains(record.range, selection.anchorNode, selection.anchorOffset) ? record : null;
}

/** A focused element this long or longer is a region, not a mention's link: focus there opens nothing. */
const MAX_FOCUSED_TEXT = 500;

/** Wires the focus and selection listeners; they are removed when `signal` aborts. */
export function startFocus({ index, popover, loadView, today, signal }: FocusDeps): void {
  /** The mention whose popover focus or the caret opened, and which of the two opened it. */
  let shown: { record: MentionRecord; by: 'focus' | 'selection' } | null = null;
  let frame = 0;
  let scrollFrame = 0;

  const hide = (by?: 'focus' | 'selection'): void => {
    if (!shown || (by && shown.by !== by)) return;
    shown = null;
    popover.hide();
  };

  /** Shows (or places again, after a scroll) the popover of `record`, beside its first line. */
  const show = async (record: MentionRecord, by: 'focus' | 'selection'): Promise<void> => {
    const current = { record, by };
    shown = current;
    const view = await loadView(record.entityId);
    const rect = toLiveRange(record.range).getClientRects()[0];
    if (view && rect && shown === current && !signal.aborted) popover.show(view, rect, today());
  };

  const follow = (record: MentionRecord | null, by: 'focus' | 'selection'): void => {
    if (!record) hide(by);
    else if (record !== shown?.record) void show(record, by);
  };

  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      // The popover's own host taking focus (a source link in it) keeps the popover.
      if (!(target instanceof Element) || target.localName === 'lodestone-popover') return;
      const small = target !== document.body && target.textContent.length < MAX_FOCUSED_TEXT;
      follow(small ? firstMentionIn(index, target) : null, 'focus');
    },
    { signal },
  );
  document.addEventListener(
    'focusout',
    (event) => {
      if (event.relatedTarget instanceof Element && event.relatedTarget.localName === 'lodestone-popover') return;
      hide('focus');
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
        if (record || shown?.by === 'selection') follow(record, 'selection');
      });
    },
    { signal },
  );
  // Focus scrolls its element into view after `focusin`: the popover follows its mention.
  window.addEventListener(
    'scroll',
    () => {
      scrollFrame ||= requestAnimationFrame(() => {
        scrollFrame = 0;
        if (shown && popover.isShown) void show(shown.record, shown.by);
      });
    },
    { passive: true, signal, capture: true },
  );
  document.addEventListener('keydown', (event) => event.key === 'Escape' && hide(), { signal });
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    cancelAnimationFrame(scrollFrame);
    hide();
  });
}
