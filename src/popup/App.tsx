/** The popup: the dataset and its sync, save the selection as a clipping, list clippings newest first. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../shared/messaging/protocol.ts';
import { ClippingList } from './components/ClippingList.tsx';
import { SyncPanel } from './components/SyncPanel.tsx';
import { SaveSelection } from './components/SaveSelection.tsx';
import { background } from './messaging.ts';

/** The whole popup. */
export function App() {
  const [clippings, setClippings] = useState<Clipping[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const list = await background.call('listClippings', {});
    if (list.ok) setClippings(list.value);
    else setError(list.error.message);
  }, []);

  useEffect(() => void refresh(), [refresh]);

  const remove = async (id: string): Promise<void> => {
    const result = await background.call('deleteClipping', { id });
    if (!result.ok) setError(result.error.message);
    await refresh();
  };

  return (
    <main>
      <h1>Lodestone</h1>
      <SyncPanel />
      <SaveSelection onSaved={refresh} onError={setError} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ClippingList clippings={clippings} onDelete={remove} />
    </main>
  );
}
