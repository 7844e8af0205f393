/**
 * The popover, loaded on first use: Preact and the card are read only when a reader first hovers a
 * mention, so a tab where nobody hovers never pays for them at start-up.
 */
import type { EntityView } from '../../shared/messaging/protocol.ts';
import type { PopoverHost } from './popover-host.tsx';

/** What hovering needs of a popover. */
export interface Popover {
  /** True while focus is in the card. */
  readonly hasFocus: boolean;
  contains(x: number, y: number): boolean;
  /** Shows `view` beside `anchor`, with `hint` (how to move into the card) at its foot when given. */
  show(view: EntityView, anchor: DOMRect, hint?: string): void;
  /** Places the shown card beside `anchor` again (its mention moved), without drawing it again. */
  move(anchor: DOMRect): void;
  /** Moves focus into the shown card; `onLeave` is called when Tab would take it out. False when none is shown. */
  focus(onLeave: () => void): boolean;
  hide(): void;
  destroy(): void;
}

/** A popover whose implementation is imported the first time it is shown. */
export class LazyPopover implements Popover {
  private host: PopoverHost | null = null;
  private loading: Promise<PopoverHost> | null = null;
  /** Counts show, hide and destroy calls, so a show that finishes loading after a later call is dropped. */
  private generation = 0;
  private destroyed = false;

  get hasFocus(): boolean {
    return this.host?.hasFocus ?? false;
  }

  contains(x: number, y: number): boolean {
    return this.host?.contains(x, y) ?? false;
  }

  focus(onLeave: () => void): boolean {
    return this.host?.focus(onLeave) ?? false;
  }

  move(anchor: DOMRect): void {
    this.host?.move(anchor);
  }

  show(view: EntityView, anchor: DOMRect, hint?: string): void {
    const generation = ++this.generation;
    if (this.host) {
      this.host.show(view, anchor, hint);
      return;
    }
    this.loading ??= import('./popover-host.tsx').then(({ PopoverHost }) => (this.host = new PopoverHost()));
    void this.loading.then(
      (host) => {
        if (generation === this.generation && !this.destroyed) host.show(view, anchor, hint);
      },
      (error: unknown) => {
        // The extension was updated or removed under the page: nothing to show.
        this.loading = null;
        console.debug('Lodestone: the popover could not load', error);
      },
    );
  }

  hide(): void {
    this.generation++;
    this.host?.hide();
  }

  destroy(): void {
    this.generation++;
    this.destroyed = true;
    this.host?.destroy();
    this.host = null;
  }
}
