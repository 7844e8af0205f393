/**
 * The page's one popover as its triggers share it: the pointer (`hover.ts`), focus and the caret
 * (`focus.ts`). It knows which mention is shown and what opened it, so a trigger closes only what it
 * opened (the pointer leaving does not close a popover the keyboard opened). Esc closes it whatever
 * opened it; a scroll closes a popover the pointer opened (the pointer is no longer over the mention)
 * and moves one the keyboard opened along with its mention (focus scrolls its element into view).
 *
 * A card the keyboard opened says so at its foot, and Alt+↑ moves focus into it so that Tab reaches
 * its source links; Esc, or Tab past either end of the card, closes it and gives focus back.
 */
import type { EntityView } from '../shared/messaging/protocol.ts';
import { toLiveRange } from './hit-test.ts';
import type { MentionRecord } from './mentions.ts';
import type { Popover } from './popover/lazy-popover.ts';

/** The foot of a card the keyboard opened. */
const KEYBOARD_HINT = 'Alt+↑ moves into this card, Esc closes it.';

/** What opened the popover. */
export type PopoverTrigger = 'pointer' | 'focus' | 'selection';

/** What the shared popover needs from the rest of the content script. */
export interface MentionPopoverDeps {
  popover: Popover;
  loadView: (entityId: string) => Promise<EntityView | null>;
  signal: AbortSignal;
}

/** Shows one mention's popover at a time for whichever trigger asks. */
export class MentionPopover {
  private current: { record: MentionRecord; by: PopoverTrigger } | null = null;
  private scrollFrame = 0;
  /** Where focus was before it moved into the card. */
  private returnTo: HTMLElement | null = null;

  constructor(private readonly deps: MentionPopoverDeps) {
    const { signal } = deps;
    document.addEventListener('keydown', (event) => this.onKey(event), { signal });
    window.addEventListener('scroll', () => this.onScroll(), { passive: true, signal, capture: true });
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.scrollFrame);
      this.hide();
    });
  }

  /** The mention shown (or being loaded to be shown), if any. */
  get record(): MentionRecord | null {
    return this.current?.record ?? null;
  }

  /** What opened the popover, if one is shown. */
  get openedBy(): PopoverTrigger | null {
    return this.current?.by ?? null;
  }

  /** True when the point (viewport coordinates) is over the shown popover. */
  contains(x: number, y: number): boolean {
    return this.deps.popover.contains(x, y);
  }

  /** Shows the popover of `record` beside `anchor`, by default its mention's first line box. */
  async show(record: MentionRecord, by: PopoverTrigger, anchor?: DOMRect): Promise<void> {
    const { popover, loadView, signal } = this.deps;
    const current = { record, by };
    this.current = current;
    const view = await loadView(record.entityId);
    const rect = anchor ?? firstLineBox(record);
    const hint = by === 'pointer' ? undefined : KEYBOARD_HINT;
    if (view && rect && this.current === current && !signal.aborted) popover.show(view, rect, hint);
  }

  /** Hides the popover; given a trigger, only when that trigger opened it. */
  hide(by?: PopoverTrigger): void {
    if (!this.current || (by && this.current.by !== by)) return;
    this.current = null;
    this.deps.popover.hide();
  }

  /** Esc closes the card; Alt+↑ moves into a card the keyboard opened. */
  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') return this.close();
    if (event.key !== 'ArrowUp' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const { popover } = this.deps;
    if (!this.current || this.current.by === 'pointer' || popover.hasFocus) return;
    const from = document.activeElement;
    if (!popover.focus(() => this.close())) return;
    event.preventDefault();
    this.returnTo = from instanceof HTMLElement && from !== document.body ? from : null;
  }

  /**
   * Hides the card whatever opened it; focus in it goes back where it came from. Focus landing on
   * the mention's element asks to show the card again: the hide after it drops that request.
   */
  private close(): void {
    if (this.deps.popover.hasFocus) {
      const to = this.returnTo;
      this.returnTo = null;
      if (to?.isConnected) to.focus({ preventScroll: true });
      else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    }
    this.hide();
  }

  private onScroll(): void {
    if (this.current?.by === 'pointer') this.hide();
    else
      this.scrollFrame ||= requestAnimationFrame(() => {
        this.scrollFrame = 0;
        const rect = this.current && firstLineBox(this.current.record);
        if (rect) this.deps.popover.move(rect);
      });
  }
}

/** The first line box of a mention, in viewport coordinates. */
function firstLineBox(record: MentionRecord): DOMRect | undefined {
  return toLiveRange(record.range).getClientRects()[0];
}
