/**
 * The highlight colours as a stylesheet for open shadow roots: document stylesheets do not reach
 * into shadow trees, so each shadow root we highlight in adopts this sheet (no node is added). The
 * rules are `highlights.css`, the sheet the manifest gives the document, read as text by the build.
 */
import highlightsCss from './highlights.css?raw';

/** The rules of `highlights.css`. */
export const HIGHLIGHT_CSS: string = highlightsCss;

let sheet: CSSStyleSheet | null = null;
const styled = new WeakSet<ShadowRoot>();

/** Lets a shadow root paint our highlights; once per root, and harmless where adopting is not supported. */
export function styleShadowRoot(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  try {
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Without constructable stylesheets the text is still indexed for hover; it is only not coloured.
  }
}
