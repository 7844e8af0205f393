/**
 * Collects a page's text as the reader sees it, in blocks: text nodes inside one block element join
 * (so `<a>Howard</a> Lutnick` reads as one name), block boundaries and `<br>` never join words, and
 * scripts, styles, form fields, editable regions, code and hidden subtrees are skipped.
 */

/** The text of one block and the text nodes it came from. */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: number[];
}

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'LODESTONE-POPOVER',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** True for an element whose subtree is not text a reader reads as prose. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('role') === 'textbox') return true;
  return element instanceof HTMLElement && element.isContentEditable;
}

function isBlock(element: Element): boolean {
  return BLOCKS.has(element.tagName.toUpperCase());
}

/** Collects the blocks under `root`, in document order. */
export function collectBlocks(root: Node): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const blocks: TextBlock[] = [];
  let current: TextBlock = { text: '', nodes: [], starts: [] };
  let currentOwner: Element | null = null;
  const ownerCache = new Map<Node, Element | null>();

  const flush = (): void => {
    if (/\S/.test(current.text)) blocks.push(current);
    current = { text: '', nodes: [], starts: [] };
  };

  /** The nearest block ancestor of a text node's parent, cached per parent. */
  const blockOwner = (parent: Node | null): Element | null => {
    if (!parent) return null;
    const cached = ownerCache.get(parent);
    if (cached !== undefined) return cached;
    const owner = parent instanceof Element && isBlock(parent) ? parent : blockOwner(parent.parentNode);
    ownerCache.set(parent, owner);
    return owner;
  };

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && isSkipped(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).tagName.toUpperCase() === 'BR') flush();
      continue;
    }
    const text = node as Text;
    const owner = blockOwner(text.parentNode);
    if (owner !== currentOwner) {
      flush();
      currentOwner = owner;
    }
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += text.data;
  }
  flush();
  return blocks;
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
