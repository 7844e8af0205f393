/**
 * Which elements hold prose and where prose breaks: skipped subtrees (scripts, form fields, editable
 * regions, code, hidden elements) and block elements, whose boundaries never join words.
 */

import { POPOVER_TAG } from './popover/popover-tag.ts';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  POPOVER_TAG,
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements skipped by attribute whatever their kind: text boxes and editable regions. */
const SKIPPED_BY_ATTRIBUTE = '[role="textbox" i],[contenteditable]:not([contenteditable="false" i])';

/** True for an element name that is skipped whatever its attributes and style: not prose. */
export function isSkippedName(localName: string): boolean {
  return SKIPPED.has(localName);
}

/** True for an element that is skipped by its kind alone, whatever its style: not prose. */
export function isSkippedKind(element: Element): boolean {
  return isSkippedName(element.localName) || element.matches(SKIPPED_BY_ATTRIBUTE);
}

/**
 * True for an element that renders nothing: `display: none` (the `hidden` attribute's default), or
 * inside a closed `<details>`' content or under `content-visibility: hidden`. The element that
 * hides its content renders itself: `hidesContent` tells it.
 */
export function isHidden(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return element.hasAttribute('hidden');
  if (element.checkVisibility()) return false;
  // `display: contents` has no box of its own, yet its children render.
  return getComputedStyle(element).display !== 'contents';
}

/**
 * For a subtree that renders nothing now (it or an ancestor is hidden), the element whose reveal
 * would show it: the outermost hidden element above it, or the element that hides its content
 * (a closed `<details>`) around that. Null when the subtree renders.
 */
export function revealerOf(root: Node): Element | null {
  const element = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? hostOf(root) : root;
  if (!element || element.nodeType !== Node.ELEMENT_NODE || !isHidden(element as Element)) return null;
  let outer = element as Element;
  for (let parent = parentOrHost(outer); parent; parent = parentOrHost(outer)) {
    if (!isHidden(parent)) return hidesContent(parent) ? parent : outer;
    outer = parent;
  }
  return outer;
}

/** The element above `element`, across a shadow root's boundary to its host. */
function parentOrHost(element: Element): Element | null {
  return element.parentElement ?? hostOf(element.parentNode);
}

function hostOf(node: Node | null): Element | null {
  return node?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node ? (node as ShadowRoot).host : null;
}

/** Elements that may render a box but not their content: a closed `<details>` and `hidden="until-found"`. */
const HIDING_CONTENT = 'details:not([open]),[hidden="until-found" i]';

/**
 * True for an element that renders a box but not its content, which `isHidden` does not tell: a
 * closed `<details>` (it shows its summary alone) and an element whose `hidden="until-found"` gives
 * it `content-visibility: hidden` (which inline elements ignore). The same set by a style sheet on
 * any other element is not looked for: it would cost a style read per element.
 */
export function hidesContent(element: Element): boolean {
  return element.matches(HIDING_CONTENT) && hidesItsContent(element);
}

/** `hidesContent` for an element already known to match `HIDING_CONTENT`. */
function hidesItsContent(element: Element): boolean {
  if (element.localName === 'details') return true;
  const style = getComputedStyle(element);
  return style.contentVisibility === 'hidden' && style.display !== 'inline';
}

/** What an element's attributes decide: not prose (a text box, an editable region), or its content hidden (see `hidesContent`). */
export type AttributeRule = 'skip' | 'hide-content';

/**
 * The elements under `root` whose attributes decide how they are read, found with one selector
 * query instead of attribute reads on every element.
 */
export function rulesByAttribute(root: Node): ReadonlyMap<Element, AttributeRule> {
  const rules = new Map<Element, AttributeRule>();
  if (!isParentNode(root)) return rules;
  for (const element of root.querySelectorAll(`${SKIPPED_BY_ATTRIBUTE},${HIDING_CONTENT}`)) {
    // An element the query found that is not skipped matched `HIDING_CONTENT`.
    if (element.matches(SKIPPED_BY_ATTRIBUTE)) rules.set(element, 'skip');
    else if (hidesItsContent(element)) rules.set(element, 'hide-content');
  }
  return rules;
}

function isParentNode(node: Node): node is ParentNode & Node {
  const type = node.nodeType;
  return type === Node.ELEMENT_NODE || type === Node.DOCUMENT_NODE || type === Node.DOCUMENT_FRAGMENT_NODE;
}

/** True for an element whose boundaries break words. */
export function isBlock(element: Element): boolean {
  return isBlockName(element.localName);
}

/** The elements that may hold a shadow root besides custom elements (`attachShadow`'s list). */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** True when an element of this name may hold a shadow root, so its `shadowRoot` is worth reading. */
export function mayHostShadow(localName: string): boolean {
  return SHADOW_HOSTS.has(localName) || localName.includes('-');
}

/** A selector for every block element. */
export const BLOCK_SELECTOR = [...BLOCKS].join(',');

/** True for an element name whose boundaries break words. */
export function isBlockName(localName: string): boolean {
  return BLOCKS.has(localName);
}

/** True when `node` sits inside a subtree that is skipped by kind (a script, a form field, our popover). */
export function isInSkippedKind(node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === Node.ELEMENT_NODE && isSkippedKind(at as Element)) return true;
  }
  return false;
}
