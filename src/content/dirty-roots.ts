/**
 * Turns DOM changes into the smallest subtrees to read again. Text that changed inside a block is
 * read with its whole block (a name may span inline elements); an added subtree that holds blocks
 * of its own (a card, a page of an infinite scroll) is read alone, not with its whole container.
 */
import { BLOCK_SELECTOR, isBlock, isInSkippedKind } from './block-rules.ts';

/** The most subtrees one batch reads one by one; past that, the whole document is read. */
const MAX_ROOTS = 200;

/** The block that bounds `node`'s text: `node` itself when it is a block, else its nearest block ancestor, shadow root or root element. */
export function blockRootOf(node: Node): Node {
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === Node.ELEMENT_NODE) {
      if (isBlock(at as Element)) return at;
    } else if (at.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return at;
    else if (at.nodeType === Node.DOCUMENT_NODE) return rootElementOf(at);
  }
  return node;
}

function rootElementOf(node: Node): Node {
  return (node.ownerDocument ?? (node as Document)).documentElement;
}

/** True for an element that holds blocks of its own, so its text never joins its neighbours'. */
function isSelfContained(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const element = node as Element;
  return isBlock(element) || element.querySelector(BLOCK_SELECTOR) !== null;
}

function isOurs(node: Node): boolean {
  return node.nodeName === 'LODESTONE-POPOVER';
}

/** The subtrees a mutation record asks to read again (not yet deduplicated). */
export function dirtyRootsOf(record: MutationRecord): Node[] {
  const target = record.target;
  if (record.type === 'characterData') return target.parentNode ? [target.parentNode] : [];
  if (record.type !== 'childList') return [];
  const roots: Node[] = [];
  let touchesRun = false;
  for (const node of record.addedNodes) {
    if (isOurs(node)) continue;
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
      if (isSelfContained(node)) roots.push(node);
      else touchesRun = true;
    }
  }
  for (const node of record.removedNodes) {
    // A removed block takes its own text with it (swept); removed inline text changes its neighbours' run.
    if (!isOurs(node) && !isSelfContained(node)) touchesRun = true;
  }
  if (touchesRun) roots.push(target);
  return roots;
}

/** The blocks to read for a set of changed nodes: connected, not inside scripts or form fields, none inside another. */
export function rootsToRead(nodes: readonly Node[]): Node[] {
  const blocks = new Set<Node>();
  for (const node of nodes) {
    if (!node.isConnected || isInSkippedKind(node)) continue;
    blocks.add(node.nodeType === Node.TEXT_NODE || !isSelfContained(node) ? blockRootOf(node) : node);
  }
  if (blocks.size > MAX_ROOTS) {
    const first = blocks.values().next().value;
    return first ? [rootElementOf(first)] : [];
  }
  const list = [...blocks];
  return list.filter((node) => !list.some((other) => other !== node && other.contains(node)));
}
