/** Shows an entity's popover while the pointer rests on one of its mentions; Esc or leaving closes it. */
import type { EntityView } from '../shared/messaging/protocol.ts';
import { mentionAt } from './hit-test.ts';
import type { MentionIndex, MentionRecord } from './mentions.ts';
import type { Popover } from './popover/lazy-popover.ts';

/** How long the popover stays after the pointer leaves, so it can be reached. */
const HIDE_DELAY_MS = 250;

/** What hovering needs from the rest of the content script. */
export interface HoverDeps {
  index: MentionIndex;
  popover: Popover;
  loadView: (entityId: string) => Promise<EntityView | null>;
  today: () => string;
  /** The open shadow roots whose text is highlighted, for hit-testing inside them. */
  shadowRoots: readonly ShadowRoot[];
  signal: AbortSignal;
}

/** Wires pointer and keyboard listeners; they are removed when `signal` aborts. */
export function startHover({ index, popover, loadView, today, shadowRoots, signal }: HoverDeps): void {
  let shown: MentionRecord | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let afterFrame: ReturnType<typeof setTimeout> | undefined;
  let last = { x: 0, y: 0 };

  const hide = (): void => {
    clearTimeout(hideTimer);
    shown = null;
    popover.hide();
  };

  const update = async (): Promise<void> => {
    frame = 0;
    afterFrame = undefined;
    const { x, y } = last;
    if (popover.isShown && popover.contains(x, y)) {
      clearTimeout(hideTimer);
      return;
    }
    const hit = mentionAt(index, x, y, shadowRoots);
    if (!hit) {
      if (shown && hideTimer === undefined)
        hideTimer = setTimeout(() => ((hideTimer = undefined), hide()), HIDE_DELAY_MS);
      return;
    }
    clearTimeout(hideTimer);
    hideTimer = undefined;
    if (hit.record === shown) return;
    shown = hit.record;
    const view = await loadView(hit.record.entityId);
    if (view && shown === hit.record && !signal.aborted) popover.show(view, hit.rect, today());
  };

  document.addEventListener(
    'pointermove',
    (event) => {
      last = { x: event.clientX, y: event.clientY };
      // Hit-test just after the next frame is drawn: its layout is fresh then, so the hit test does not
      // pay for the page's own style and layout work (`:hover` rules) in our time.
      if (!frame && afterFrame === undefined)
        frame = requestAnimationFrame(() => (afterFrame = setTimeout(() => void update(), 0)));
    },
    { passive: true, signal },
  );
  document.addEventListener('keydown', (event) => event.key === 'Escape' && shown && hide(), { signal });
  window.addEventListener('scroll', () => shown && hide(), { passive: true, signal, capture: true });
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(afterFrame);
    hide();
  });
}
