/**
 * Functions the tests run inside the popup page (through `page.evaluate`), for what the drivers cannot
 * do the same way in both browsers: typing a search, choosing a file, reading a download.
 */

/** Types `query` into the clippings search box. */
export function setSearch(query: string): void {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no search box');
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The quotes of the clippings listed, in order. */
export function listedQuotes(): string[] {
  return [...document.querySelectorAll('[data-testid="clipping"] blockquote')].map((q) => q.textContent);
}

/** From now on, keeps every blob the page turns into a URL (an export's file) in `window.__exports`. */
export function keepExports(): void {
  const kept: Blob[] = [];
  (window as unknown as { __exports: Blob[] }).__exports = kept;
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) kept.push(blob);
    return original(blob);
  };
}

/** The text of the last file exported since `keepExports`, or null before any. */
export async function lastExport(): Promise<{ type: string; text: string } | null> {
  const kept = (window as unknown as { __exports?: Blob[] }).__exports ?? [];
  const blob = kept.at(-1);
  return blob ? { type: blob.type, text: await blob.text() } : null;
}

/** Chooses a file holding `text` in the import's file input, as a reader picking it would. */
export function chooseImportFile(text: string): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
  if (!input) throw new Error('no import input');
  const files = new DataTransfer();
  files.items.add(new File([text], 'clippings.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
