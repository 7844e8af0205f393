/** The popup: the dataset and its sync, save the selection as a clipping, and the clippings: search, export, import. */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ClippingSearch, queryTerms } from '../shared/clippings/search.ts';
import { MAX_NAMES_PER_CALL, type Clipping } from '../shared/messaging/protocol.ts';
import { CLIPPINGS_PER_PAGE, ClippingList } from './components/ClippingList.tsx';
import { ClippingTools } from './components/ClippingTools.tsx';
import { SyncPanel } from './components/SyncPanel.tsx';
import { SaveSelection } from './components/SaveSelection.tsx';
import { background } from './messaging.ts';

/** The names of the entities the clippings mention, by id; ids the dataset no longer has are left out. */
async function entityNames(clippings: readonly Clipping[]): Promise<Map<string, string>> {
  const ids = [...new Set(clippings.flatMap((clip) => clip.entityIds))];
  const names = new Map<string, string>();
  for (let at = 0; at < ids.length; at += MAX_NAMES_PER_CALL) {
    const found = await background.call('getEntityNames', { ids: ids.slice(at, at + MAX_NAMES_PER_CALL) });
    if (found.ok) for (const { id, name } of found.value) names.set(id, name);
  }
  return names;
}

/** The whole popup. */
export function App() {
  const [clippings, setClippings] = useState<Clipping[] | null>(null);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [query, setQuery] = useState('');
  /** How many of the clippings shown are in the list; "Show more" raises it, a new search resets it. */
  const [listed, setListed] = useState(CLIPPINGS_PER_PAGE);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const list = await background.call('listClippings', {});
    if (!list.ok) return setError(list.error.message);
    // Both at once: a clipping listed before its names arrive would read "1 entity" for a moment.
    const found = await entityNames(list.value);
    setClippings(list.value);
    setNames(found);
  }, []);

  useEffect(() => void refresh(), [refresh]);

  const terms = useMemo(() => queryTerms(query), [query]);
  const searching = terms.length > 0;
  const search = useMemo(() => (clippings ? new ClippingSearch(clippings, names) : null), [clippings, names]);
  const shown = useMemo(() => search?.filter(terms) ?? null, [search, terms]);
  const changeQuery = (next: string): void => {
    setQuery(next);
    setListed(CLIPPINGS_PER_PAGE);
  };

  const remove = async (id: string): Promise<void> => {
    const result = await background.call('deleteClipping', { id });
    if (!result.ok) setError(result.error.message);
    await refresh();
  };

  const showError = (message: string | null): void => {
    setError(message);
    if (message) setNotice(null);
  };

  return (
    <main>
      <h1>Lodestone</h1>
      <SyncPanel />
      <SaveSelection onSaved={refresh} onError={showError} />
      {error && (
        <p class="error" role="alert" data-testid="popup-error">
          {error}
        </p>
      )}
      {notice && (
        <p class="notice" role="status" data-testid="popup-notice">
          {notice}
        </p>
      )}
      <ClippingTools
        query={query}
        onQuery={changeQuery}
        shown={shown ?? []}
        names={names}
        onImported={async (message) => {
          setNotice(message);
          await refresh();
        }}
        onError={showError}
      />
      {clippings && searching && (
        <p class="status" data-testid="search-count">
          {shown?.length ?? 0} of {clippings.length} clippings
        </p>
      )}
      <ClippingList
        clippings={shown}
        listed={listed}
        filtered={searching}
        names={names}
        onDelete={remove}
        onMore={() => setListed((count) => count + CLIPPINGS_PER_PAGE)}
      />
    </main>
  );
}
