/** Scans a page in slices that leave the main thread free: collect blocks, match, index and paint. */
import { createMatcher, newPageState } from '../shared/matcher/match.ts';
import type { PatternTable } from '../shared/matcher/patterns.ts';
import { collectBlocks } from './collect-text.ts';
import type { Highlights } from './highlight.ts';
import type { MentionIndex } from './mentions.ts';

/** The longest stretch of matching before the scan yields to the page, in milliseconds. */
const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the page a turn: `scheduler.yield()` where there is one, a macrotask elsewhere. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Scans `root` once with the table's matcher; returns the number of mentions found. */
export async function scanPage(
  root: Node,
  table: PatternTable,
  index: MentionIndex,
  highlights: Highlights,
  signal: AbortSignal,
): Promise<number> {
  const matcher = createMatcher(table);
  const state = newPageState();
  const blocks = collectBlocks(root);
  let count = 0;
  let sliceStart = performance.now();
  for (const block of blocks) {
    if (signal.aborted) return count;
    const added = index.addBlock(block, matcher.find(block.text, state), table.entities);
    highlights.add(added);
    count += added.length;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  highlights.register();
  return count;
}
