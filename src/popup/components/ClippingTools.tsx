/** Search, export and import of clippings: the row above the list. */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import { clippingsFile, clippingsMarkdown, MAX_IMPORT_CHARS } from '../../shared/clippings/export-format.ts';
import { localDay } from '../../shared/local-day.ts';
import type { Clipping } from '../../shared/messaging/protocol.ts';
import { background } from '../messaging.ts';
import { saveFile } from './save-file.ts';

/** Props: the query and its setter, the clippings to export (those shown), entity names, and what to do after an import. */
export interface ClippingToolsProps {
  query: string;
  onQuery: (query: string) => void;
  shown: readonly Clipping[];
  names: ReadonlyMap<string, string>;
  onImported: (message: string) => Promise<void>;
  onError: (message: string | null) => void;
}

/** The search box and the export and import buttons. */
export function ClippingTools({ query, onQuery, shown, names, onImported, onError }: ClippingToolsProps) {
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const day = localDay();
  // Firefox closes its popup when a file picker opens, so there the import goes on in a tab of this page.
  const [importInTab, setImportInTab] = useState(false);
  useEffect(() => {
    if (!('getBrowserInfo' in browser.runtime)) return;
    void browser.tabs.getCurrent().then((tab: Tabs.Tab | undefined) => setImportInTab(tab === undefined));
  }, []);

  const importFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    onError(null);
    setBusy(true);
    try {
      if (file.size > MAX_IMPORT_CHARS) return onError('The file is too large to import.');
      const result = await background.call('importClippings', { text: await file.text() });
      if (!result.ok) return onError(result.error.message);
      const { added, skipped } = result.value;
      const addedText = added === 1 ? '1 clipping' : `${String(added)} clippings`;
      const skippedText =
        skipped === 0 ? '' : skipped === 1 ? '; 1 was saved already' : `; ${String(skipped)} were saved already`;
      await onImported(`Imported ${addedText}${skippedText}.`);
    } catch (error) {
      onError(`The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div class="tools">
      <input
        type="search"
        placeholder="Search clippings"
        aria-label="Search clippings"
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
      />
      <div class="actions">
        <button
          type="button"
          disabled={shown.length === 0}
          title="Save the clippings shown as a file Lodestone can import again"
          onClick={() =>
            saveFile(
              `lodestone-clippings-${day}.json`,
              'application/json',
              `${JSON.stringify(clippingsFile(shown, names), null, 2)}\n`,
            )
          }
        >
          Export JSON
        </button>
        <button
          type="button"
          disabled={shown.length === 0}
          title="Save the clippings shown as Markdown, for reading and pasting"
          onClick={() => saveFile(`lodestone-clippings-${day}.md`, 'text/markdown', clippingsMarkdown(shown, names))}
        >
          Export Markdown
        </button>
        <label
          class={busy ? 'button disabled' : 'button'}
          onClick={(event) => {
            if (!importInTab) return;
            event.preventDefault();
            void browser.tabs.create({ url: location.href }).then(() => window.close());
          }}
        >
          Import…
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            data-testid="import-file"
            onChange={(event) => void importFile(event.currentTarget.files?.[0])}
          />
        </label>
      </div>
    </div>
  );
}
