/**
 * The highlight colours as a stylesheet for open shadow roots: document stylesheets do not reach
 * into shadow trees, so each shadow root we highlight in adopts this sheet (no node is added).
 * `highlights.css` holds the same rules for the document; a unit test keeps the two equal.
 */
export const HIGHLIGHT_CSS = `
::highlight(lodestone-person) {
  background-color: rgb(255 214 102 / 45%);
  text-decoration: underline 2px rgb(191 128 0);
}
::highlight(lodestone-organization) {
  background-color: rgb(135 206 250 / 40%);
  text-decoration: underline 2px rgb(30 110 190);
}
::highlight(lodestone-commodity) {
  background-color: rgb(144 238 144 / 40%);
  text-decoration: underline 2px rgb(40 140 60);
}
::highlight(lodestone-measure) {
  background-color: rgb(221 160 221 / 40%);
  text-decoration: underline 2px rgb(140 60 160);
}
`;

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
