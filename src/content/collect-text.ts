/**
 * Collects a page's text as the reader sees it, in blocks: text nodes inside one block element join
 * (so `<a>Howard</a> Lutnick` reads as one name), block boundaries and `<br>` never join words,
 * skipped and hidden subtrees are left out, and open shadow roots are read where they render.
 */
import { blockOwnerOf, isBlock, isHidden, isSkippedKind } from './block-rules.ts';

/** The text of one block and the text nodes it came from. */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: number[];
}

/** What the walk reports besides blocks. */
export interface WalkHooks {
  /** An open shadow root whose text was read. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** An element left out because it renders nothing now (it may be revealed later). */
  onHidden?: (element: Element) => void;
}

/** A block this long is cut at the next word boundary between text nodes, so one message stays small. */
const LONGEST_BLOCK = 20_000;
/** Nodes visited between two chances for the caller to pause, even where no block ends (markup without text). */
const NODES_PER_TICK = 256;

/**
 * Yields the blocks under `root` in document order, lazily, so a caller can pause between them;
 * `null` now and then where a long stretch of markup holds no text, for the same reason.
 */
export function* walkBlocks(root: Node, hooks: WalkHooks = {}): Generator<TextBlock | null> {
  let visited = 0;
  let current: TextBlock = { text: '', nodes: [], starts: [] };
  let currentOwner: Node | null = null;
  const ownerOfParent = new Map<Node, Node>();

  const take = (): TextBlock | null => {
    const done = current;
    current = { text: '', nodes: [], starts: [] };
    currentOwner = null;
    return /\S/.test(done.text) ? done : null;
  };

  // A hand-written walk rather than a TreeWalker: a NodeFilter costs a call from the DOM into script per element.
  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited % NODES_PER_TICK === 0) yield null;
    let descend = false;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isSkippedKind(element)) {
        // Not prose: neither it nor anything under it is read.
      } else if (isHidden(element)) {
        hooks.onHidden?.(element);
      } else {
        descend = true;
        const shadow = element.shadowRoot;
        if (element.localName === 'br' || isBlock(element) || shadow) {
          const block = take();
          if (block) yield block;
        }
        if (shadow) {
          hooks.onShadowRoot?.(shadow);
          yield* walkBlocks(shadow, hooks);
        }
      }
    } else if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const parent = text.parentNode;
      let owner = parent && ownerOfParent.get(parent);
      if (parent && owner === undefined) {
        owner = blockOwnerOf(text);
        ownerOfParent.set(parent, owner);
      }
      const cut = current.text.length > LONGEST_BLOCK && /^\s/.test(text.data);
      if (owner !== currentOwner || cut) {
        const block = take();
        if (block) yield block;
        currentOwner = owner ?? null;
      }
      current.nodes.push(text);
      current.starts.push(current.text.length);
      current.text += text.data;
    }
    node = descend && node.firstChild ? node.firstChild : nextOutside(node, root);
  }
  const last = take();
  if (last) yield last;
}

/** The node after `node`'s subtree in document order, within `root`; null at the end. */
function nextOutside(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** Collects every block under `root` at once (tests and small subtrees). */
export function collectBlocks(root: Node, hooks?: WalkHooks): TextBlock[] {
  return [...walkBlocks(root, hooks)].filter((block) => block !== null);
}

/** The text node and offset at a block offset; an offset on a node boundary belongs to the earlier node when `preferEnd`. */
export function locate(block: TextBlock, offset: number, preferEnd: boolean): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid] as number;
    if (start < offset || (start === offset && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo] as Text, offset: offset - (block.starts[lo] as number) };
}

/** True while every node of the block still holds the text it had when collected. */
export function isUnchanged(block: TextBlock): boolean {
  for (let i = 0; i < block.nodes.length; i++) {
    const node = block.nodes[i] as Text;
    const end = i + 1 < block.nodes.length ? (block.starts[i + 1] as number) : block.text.length;
    if (!node.isConnected || node.length !== end - (block.starts[i] as number)) return false;
  }
  return true;
}
