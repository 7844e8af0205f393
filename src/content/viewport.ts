/** Tells which blocks are in or near the reader's view, so they can be highlighted first. */
import type { TextBlock } from './collect-text.ts';

/** Blocks in a row found below the view after which the walk is taken to have passed it. */
const BELOW_IN_A_ROW = 24;

/** Where a block's element lies against a viewport `height` tall, give or take one screen. */
function placeOf(block: TextBlock, height: number): 'near' | 'below' | 'elsewhere' {
  const element = block.nodes[0]?.parentElement;
  if (!element) return 'elsewhere';
  const rect = element.getBoundingClientRect();
  if (rect.width === 0) return 'elsewhere';
  if (rect.top > 2 * height) return 'below';
  return rect.bottom >= -height ? 'near' : 'elsewhere';
}

/**
 * Follows a walk over a page's blocks in document order and notes those near the view. Once a run
 * of blocks lies below it, the walk has passed the view (document order runs down the page), and
 * the rest of the page needs no layout query.
 */
export class ViewTracker {
  /** The blocks near the view, in document order. */
  readonly near: TextBlock[] = [];
  /** The index of the last block near the view, or -1. */
  lastNear = -1;
  /** The characters of every block up to and including the last one near the view. */
  charsToLastNear = 0;
  /** True once the walk has passed the view. */
  isPassed = false;
  private chars = 0;
  private belowInARow = 0;
  /** The viewport's height when the walk began (read once: each read is a call into the page). */
  private readonly height = window.innerHeight;

  /** Notes the block at `index` of the walk. */
  see(block: TextBlock, index: number): void {
    if (this.isPassed) return;
    this.chars += block.text.length;
    const place = placeOf(block, this.height);
    if (place === 'near') {
      this.near.push(block);
      this.lastNear = index;
      this.charsToLastNear = this.chars;
      this.belowInARow = 0;
    } else if (place === 'below' && ++this.belowInARow >= BELOW_IN_A_ROW) {
      this.isPassed = true;
    }
  }
}
