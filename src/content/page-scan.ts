/**
 * Reads a page's text and highlights its mentions, in slices that leave the main thread free. The
 * text is matched in the background (the dictionary never enters the tab), batch by batch in
 * document order, so that short forms count only after their full name; on a first pass the blocks
 * in view go first so that what the reader sees is highlighted soonest.
 */
import type { MatchTextRequest, MatchTextResponse } from '../shared/messaging/protocol.ts';
import type { Result } from '../shared/messaging/result.ts';
import { isUnchanged, walkBlocks, type TextBlock, type WalkHooks } from './collect-text.ts';
import { revealerOf } from './block-rules.ts';
import type { Highlights } from './highlight.ts';
import type { MentionChange, MentionIndex } from './mentions.ts';
import { Slicer } from './scheduler.ts';
import { ViewTracker } from './viewport.ts';

/** About how much text one `matchText` call carries: few calls (each costs the page about a millisecond), and an answer the background finds in a few. */
const BATCH_CHARS = 64_000;
/** Blocks without mentions indexed between two looks at the slice's clock. */
const CLOCK_EVERY = 16;
/** Up to this much text before the last block in view, the page's start is matched in order with it. */
const VISIBLE_PREFIX_CHARS = 60_000;

/** How a scan ended. */
export type ScanOutcome = { ok: true; busyMs: number } | { ok: false; aborted: boolean; message: string };

/** What a scanner works with. */
export interface ScanDeps {
  match: (request: MatchTextRequest) => Promise<Result<MatchTextResponse>>;
  index: MentionIndex;
  highlights: Highlights;
  hooks: WalkHooks;
}

class ScanFailed extends Error {}

/** Scans a page and parts of it, keeping which full names the page has shown. */
export class PageScanner {
  private seenFull: string[] = [];

  constructor(private readonly deps: ScanDeps) {}

  /**
   * Reads the whole of `root` afresh (a new page, an SPA navigation, a new dataset: the full names
   * seen so far are forgotten). The walk first goes as far as the view: those blocks are matched and
   * painted at once (all of them in order when they are few, else only the ones in view), and only
   * then is the rest of the page read and matched, in order.
   */
  scanAll(root: Node, signal: AbortSignal): Promise<ScanOutcome> {
    return this.run(signal, async (slicer) => {
      this.seenFull = [];
      const walk = walkBlocks(root, this.deps.hooks);
      const blocks: TextBlock[] = [];
      const view = new ViewTracker();
      let step = walk.next();
      for (; !step.done && !view.isPassed; step = walk.next()) {
        if (step.value) {
          blocks.push(step.value);
          view.see(step.value, blocks.length - 1);
        }
        if (slicer.shouldPause && !(await slicer.pause())) return;
      }
      let matched = 0;
      if (view.lastNear >= 0) {
        if (view.charsToLastNear <= VISIBLE_PREFIX_CHARS) {
          matched = view.lastNear + 1;
          await this.matchInBatches(blocks.slice(0, matched), slicer, signal, true);
        } else {
          // The view is far down a long page: highlight it now, then read the page in order.
          await this.matchInBatches(view.near, slicer, signal, false);
        }
        if (signal.aborted) return;
      }
      for (; !step.done; step = walk.next()) {
        if (step.value) blocks.push(step.value);
        if (slicer.shouldPause && !(await slicer.pause())) return;
      }
      await this.matchInBatches(blocks.slice(matched), slicer, signal, true);
    });
  }

  /**
   * Reads the blocks under `roots` again (they changed); the page's earlier full names still count.
   * A root that renders nothing now (hidden since it was read, or under a hidden ancestor) is not
   * read: its mentions are dropped, and the element whose reveal would show it is reported hidden.
   */
  rescan(roots: readonly Node[], signal: AbortSignal): Promise<ScanOutcome> {
    return this.run(signal, async (slicer) => {
      const blocks = await this.collect(this.shownOf(roots), slicer);
      if (blocks) await this.matchInBatches(blocks, slicer, signal, true);
    });
  }

  /** The roots that render; of the others, the mentions are dropped and the revealer reported hidden. */
  private shownOf(roots: readonly Node[]): Node[] {
    const change: MentionChange = { added: [], removed: [] };
    const shown = roots.filter((root) => {
      const revealer = revealerOf(root);
      if (!revealer) return true;
      this.deps.hooks.onHidden?.(revealer);
      this.deps.index.dropWithin(root, change);
      return false;
    });
    if (change.removed.length > 0) this.deps.highlights.apply(change);
    return shown;
  }

  private async run(signal: AbortSignal, work: (slicer: Slicer) => Promise<void>): Promise<ScanOutcome> {
    const slicer = new Slicer(signal);
    try {
      await work(slicer);
    } catch (error) {
      if (!(error instanceof ScanFailed)) throw error;
      return { ok: false, aborted: false, message: error.message };
    }
    slicer.stop();
    if (signal.aborted) return { ok: false, aborted: true, message: 'aborted' };
    this.deps.highlights.register();
    return { ok: true, busyMs: slicer.busyMs };
  }

  private async collect(roots: readonly Node[], slicer: Slicer): Promise<TextBlock[] | null> {
    const blocks: TextBlock[] = [];
    for (const root of roots) {
      for (const block of walkBlocks(root, this.deps.hooks)) {
        if (block) blocks.push(block);
        if (slicer.shouldPause && !(await slicer.pause())) return null;
      }
    }
    return blocks;
  }

  /**
   * Matches `blocks` batch by batch and indexes the mentions. The next batch is sent before this
   * one's answer is indexed, so the background works while the page does.
   */
  private async matchInBatches(
    blocks: readonly TextBlock[],
    slicer: Slicer,
    signal: AbortSignal,
    inOrder: boolean,
  ): Promise<void> {
    let from = 0;
    let seenFull = inOrder ? this.seenFull : [];
    const send = (): { batch: readonly TextBlock[]; answer: Promise<Result<MatchTextResponse>> } | null => {
      if (from >= blocks.length) return null;
      let to = from;
      let chars = 0;
      while (to < blocks.length && (to === from || chars + (blocks[to] as TextBlock).text.length <= BATCH_CHARS)) {
        chars += (blocks[to] as TextBlock).text.length;
        to++;
      }
      const batch = blocks.slice(from, to);
      from = to;
      return { batch, answer: this.deps.match({ blocks: batch.map((b) => b.text), seenFull }) };
    };
    let pending = send();
    while (pending) {
      slicer.stop();
      const result = await pending.answer;
      slicer.resume();
      if (signal.aborted) return;
      if (!result.ok) throw new ScanFailed(result.error.message);
      seenFull = result.value.seenFull;
      if (inOrder) this.seenFull = seenFull;
      const batch = pending.batch;
      pending = send();
      if (!(await this.index(batch, result.value.mentions, slicer))) return;
      this.deps.highlights.register();
    }
  }

  /** Indexes one batch's mentions and paints them, yielding between slices. */
  private async index(
    batch: readonly TextBlock[],
    mentions: MatchTextResponse['mentions'],
    slicer: Slicer,
  ): Promise<boolean> {
    let change: MentionChange = { added: [], removed: [] };
    for (let i = 0; i < batch.length; i++) {
      const block = batch[i] as TextBlock;
      const found = mentions[i] ?? [];
      // A block whose text changed since it was read is read again by the mutation watcher; only a
      // block with mentions is checked (two DOM reads per text node), as its offsets must still fit.
      if (found.length === 0 || isUnchanged(block)) this.deps.index.setBlock(block, found, change);
      // A block without mentions costs next to nothing: the clock is read after those only now and then.
      if ((found.length > 0 || i % CLOCK_EVERY === 0) && slicer.isDue) {
        this.deps.highlights.apply(change);
        change = { added: [], removed: [] };
        if (!(await slicer.pause())) return false;
      }
    }
    this.deps.highlights.apply(change);
    return true;
  }
}
