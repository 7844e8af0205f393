/** Tells which blocks are in or near the reader's view, so they can be highlighted first. */
import type { TextBlock } from './collect-text.ts';

/** True when the block's element is within one screen of the viewport. */
export function isNearViewport(block: TextBlock): boolean {
  const element = block.nodes[0]?.parentElement;
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  const margin = window.innerHeight;
  return rect.width > 0 && rect.bottom >= -margin && rect.top <= window.innerHeight + margin;
}
