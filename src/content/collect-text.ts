/**
 * Collects a page's text as the reader sees it, in blocks: text nodes inside one block element join
 * (so `<a>Howard</a> Lutnick` reads as one name), block boundaries and `<br>` never join words,
 * skipped and hidden subtrees are left out (and the content of a closed `<details>` or of a
 * `hidden="until-found"` element), and open shadow roots are read where they render.
 */
import { hidesContent, isBlockName, isHidden, isSkippedName, mayHostShadow, rulesByAttribute } from './block-rules.ts';

/**
 * The text of one block and the text nodes it came from. A text node of nothing but whitespace
 * (the indentation between tags, often most of a page's characters) is not among them: it stands
 * in `text` as one space, which keeps the words around it apart.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`; its data fills `text` from there. */
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
/** Anything but the spaces and line breaks the matcher reads as a space (not the invisible U+FEFF, which joins words). */
const NOT_SPACE = /[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** True for text of nothing but spaces and line breaks; most text nodes are told apart by their first character. */
function isBlank(data: string): boolean {
  const first = data.charCodeAt(0);
  if (first > 32 && first !== 0xa0 && first < 0x1680) return false;
  return !NOT_SPACE.test(data);
}

/**
 * Yields the blocks under `root` in document order, lazily, so a caller can pause between them;
 * `null` now and then where a long stretch of markup holds no text, for the same reason.
 *
 * The walk follows `firstChild` and `nextSibling` itself, keeping the open elements on a stack: it
 * knows where each element ends, so a block ends where its element does without asking any node for
 * its ancestors. The elements decided by attribute are found up front with one selector query, so
 * most elements cost a `localName`, a `shadowRoot` where one may be attached and, when they have
 * children, a visibility check. (Measured on a large page, this costs about a quarter less than a
 * `TreeWalker` that looks up each text node's block, with the visibility checks included.)
 */
export function* walkBlocks(root: Node, hooks: WalkHooks = {}): Generator<TextBlock | null> {
  if (root.nodeType === Node.ELEMENT_NODE && hidesContent(root as Element)) {
    // Read again while its content is hidden.
    yield* shownPartOf(root as Element, hooks);
    return;
  }
  let visited = 0;
  let current: TextBlock = { text: '', nodes: [], starts: [] };
  /** True when the block's text ends in the space a blank text node stands for. */
  let spaced = false;
  const byAttribute = rulesByAttribute(root);
  /** The elements being walked, innermost last, each with whether it is a block. */
  const open: Element[] = [];
  const isBlockOpen: boolean[] = [];

  const take = (): TextBlock | null => {
    const done = current;
    if (done.nodes.length === 0) return null;
    current = { text: '', nodes: [], starts: [] };
    spaced = false;
    // Every node kept holds more than whitespace, so a block with nodes has text to match.
    return done;
  };

  let node: Node | null = root.firstChild;
  for (;;) {
    // Past the last child: close elements until one has a next sibling.
    while (!node) {
      const element = open.pop();
      if (!element) {
        const last = take();
        if (last) yield last;
        return;
      }
      if (isBlockOpen.pop()) {
        const block = take();
        if (block) yield block;
      }
      node = element.nextSibling;
    }
    if (++visited % NODES_PER_TICK === 0) yield null;
    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      const text = node as Text;
      const data = text.data;
      node = text.nextSibling;
      // An empty node reads as nothing: it neither joins nor parts the words around it.
      if (data.length === 0) continue;
      const blank = isBlank(data);
      if (current.text.length > LONGEST_BLOCK && (blank || /^\s/.test(data))) {
        const block = take();
        if (block) yield block;
      }
      if (blank) {
        if (!spaced && current.nodes.length > 0) {
          current.text += ' ';
          spaced = true;
        }
        continue;
      }
      current.nodes.push(text);
      current.starts.push(current.text.length);
      current.text += data;
      spaced = false;
      continue;
    }
    if (type !== Node.ELEMENT_NODE) {
      node = node.nextSibling;
      continue;
    }
    const element = node as Element;
    const name = element.localName;
    const rule = byAttribute.size > 0 ? byAttribute.get(element) : undefined;
    if (isSkippedName(name) || rule === 'skip') {
      // Not prose: neither it nor anything under it is read.
      node = element.nextSibling;
      continue;
    }
    const shadow = mayHostShadow(name) ? element.shadowRoot : null;
    const first = element.firstChild;
    if ((shadow || first) && isHidden(element)) {
      hooks.onHidden?.(element);
      node = element.nextSibling;
      continue;
    }
    if (rule === 'hide-content') {
      // It renders a box but not its content.
      hooks.onHidden?.(element);
      const block = take();
      if (block) yield block;
      yield* shownPartOf(element, hooks);
      node = element.nextSibling;
      continue;
    }
    const isBlock = isBlockName(name);
    if (isBlock || name === 'br' || shadow) {
      const block = take();
      if (block) yield block;
    }
    if (shadow) {
      hooks.onShadowRoot?.(shadow);
      yield* walkBlocks(shadow, hooks);
    }
    if (!first) {
      if (isBlock) {
        const block = take();
        if (block) yield block;
      }
      node = element.nextSibling;
      continue;
    }
    open.push(element);
    isBlockOpen.push(isBlock || shadow !== null);
    node = first;
  }
}

/** The blocks an element that hides its content still shows: a closed `<details>`' summary, else none. */
function* shownPartOf(element: Element, hooks: WalkHooks): Generator<TextBlock | null> {
  const summary = element.localName === 'details' ? element.querySelector(':scope > summary') : null;
  if (summary) yield* walkBlocks(summary, hooks);
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

/** True while every node of the block is on the page and still holds the text it had when collected. */
export function isUnchanged(block: TextBlock): boolean {
  for (let i = 0; i < block.nodes.length; i++) {
    const node = block.nodes[i] as Text;
    if (!node.isConnected || !block.text.startsWith(node.data, block.starts[i])) return false;
  }
  return true;
}
