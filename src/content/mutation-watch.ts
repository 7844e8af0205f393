/**
 * Follows a dynamic page: a MutationObserver notes what changed, and changes are handled in
 * batches: the blocks that changed are read again, highlights of removed text are dropped, and a
 * new address (SPA navigation) reads the whole page again. A page that never stops changing (live
 * tickers, "3 minutes ago" clocks) gets bounded CPU: after each batch the watcher rests twenty
 * times as long as the batch took, so it never takes more than about 5% of the main thread.
 */
import { dirtyRootsOf, rootsToRead } from './dirty-roots.ts';
import { hidesContent, isHidden } from './block-rules.ts';

/** Changes are gathered this long before they are handled, so a burst is handled once. */
const DEBOUNCE_MS = 120;
/** Rest after a batch, as a multiple of the batch's main-thread time. */
const REST_FACTOR = 20;
const MAX_REST_MS = 10_000;

const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'open', 'class', 'style'],
};

/** What the watcher asks of the rest of the content script. */
export interface WatchActions {
  /** Reads subtrees again; resolves with the main-thread milliseconds it took. */
  rescan: (roots: readonly Node[]) => Promise<number>;
  /**
   * Drops the highlights of text that left the page: of the text nodes given, or of any text when
   * given null (an element left, whose text nodes the watcher does not know).
   */
  sweep: (removedTexts: Iterable<Text> | null) => void;
  /** The page went to another address: read all of it again; resolves with milliseconds taken. */
  navigated: () => Promise<number>;
}

/** Watches the document and the shadow roots it is given. */
export class MutationWatcher {
  private readonly observer = new MutationObserver((records) => this.note(records));
  private readonly dirty = new Set<Node>();
  private readonly hidden = new Set<Element>();
  /** The text nodes removed since the last batch; null once an element was removed. */
  private removedTexts: Set<Text> | null = new Set();

  /** True when text or an element left the page since the last batch (a comment leaving is no removal). */
  private get hasRemovals(): boolean {
    return this.removedTexts === null || this.removedTexts.size > 0;
  }
  private timer: ReturnType<typeof setTimeout> | undefined;
  private isFlushing = false;
  private restUntil = 0;
  private address = addressOf(location.href);

  constructor(
    private readonly actions: WatchActions,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
    });
  }

  /** Starts watching a document or an open shadow root. */
  observe(root: Node): void {
    this.observer.observe(root, OPTIONS);
  }

  /** Remembers an element skipped as hidden: if it is revealed, it is read. */
  noteHidden(element: Element): void {
    this.hidden.add(element);
  }

  private note(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (this.hidden.has(record.target as Element)) this.dirty.add(record.target);
        continue;
      }
      for (const removed of record.removedNodes) {
        if (removed.nodeType === Node.TEXT_NODE) this.removedTexts?.add(removed as Text);
        else if (removed.nodeType === Node.ELEMENT_NODE) this.removedTexts = null;
      }
      for (const root of dirtyRootsOf(record)) this.dirty.add(root);
    }
    if (this.dirty.size > 0 || this.hasRemovals) this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.isFlushing) return;
    const wait = Math.max(DEBOUNCE_MS, this.restUntil - performance.now());
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    this.isFlushing = true;
    let busyMs = 0;
    const started = performance.now();
    try {
      const address = addressOf(location.href);
      const dirty = [...this.dirty];
      this.dirty.clear();
      if (address !== this.address) {
        this.address = address;
        this.hidden.clear();
        this.removedTexts = new Set();
        busyMs = await this.actions.navigated();
        return;
      }
      if (this.hasRemovals) {
        const texts = this.removedTexts;
        this.removedTexts = new Set();
        this.actions.sweep(texts);
      }
      for (const element of this.hidden) {
        if (!element.isConnected) this.hidden.delete(element);
      }
      const revealed = dirty.filter(
        (node) => !this.hidden.has(node as Element) || !(isHidden(node as Element) || hidesContent(node as Element)),
      );
      for (const node of revealed) this.hidden.delete(node as Element);
      const roots = rootsToRead(revealed);
      busyMs = performance.now() - started;
      if (roots.length > 0) busyMs += await this.actions.rescan(roots);
    } finally {
      this.isFlushing = false;
      this.restUntil = performance.now() + Math.min(MAX_REST_MS, busyMs * REST_FACTOR);
      if (this.dirty.size > 0 || this.hasRemovals) this.schedule();
    }
  }
}

/** The page's address without its fragment: a jump within the page is no navigation. */
function addressOf(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}
