/** Shows an entity's popover while the pointer rests on one of its mentions; leaving closes it. */
import { mentionAt } from './hit-test.ts';
import type { MentionPopover } from './mention-popover.ts';
import type { MentionIndex } from './mentions.ts';

/** How long the popover stays after the pointer leaves, so it can be reached. */
const HIDE_DELAY_MS = 250;

/** What hovering needs from the rest of the content script. */
export interface HoverDeps {
  index: MentionIndex;
  popover: MentionPopover;
  /** The open shadow roots whose text is highlighted, for hit-testing inside them. */
  shadowRoots: readonly ShadowRoot[];
  signal: AbortSignal;
}

/** Wires the pointer listener; it is removed when `signal` aborts. */
export function startHover({ index, popover, shadowRoots, signal }: HoverDeps): void {
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  let last = { x: 0, y: 0 };

  const update = (): void => {
    frame = 0;
    afterFrame = undefined;
    const { x, y } = last;
    if (popover.contains(x, y)) {
      clearTimeout(hideTimer);
      return;
    }
    const hit = mentionAt(index, x, y, shadowRoots);
    if (!hit) {
      if (popover.openedBy === 'pointer' && hideTimer === undefined)
        hideTimer = setTimeout(() => ((hideTimer = undefined), popover.hide('pointer')), HIDE_DELAY_MS);
      return;
    }
    clearTimeout(hideTimer);
    hideTimer = undefined;
    if (hit.record !== popover.record) void popover.show(hit.record, 'pointer', hit.rect);
  };

  document.addEventListener(
    'pointermove',
    (event) => {
      last = { x: event.clientX, y: event.clientY };
      // Hit-test just after the next frame is drawn: its layout is fresh then, so the hit test does not
      // pay for the page's own style and layout work (`:hover` rules) in our time.
      if (!frame && afterFrame === undefined) frame = requestAnimationFrame(() => (afterFrame = setTimeout(update, 0)));
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    clearTimeout(hideTimer);
  });
}
