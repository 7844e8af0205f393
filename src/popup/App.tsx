/** The popup: save the selection as a clipping, list clippings newest first, see the dataset. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Clipping, DatasetInfo } from '../shared/messaging/protocol.ts';
import { ClippingList } from './components/ClippingList.tsx';
import { DatasetStatus } from './components/DatasetStatus.tsx';
import { SaveSelection } from './components/SaveSelection.tsx';
import { background } from './messaging.ts';

/** The whole popup. */
export function App() {
  const [clippings, setClippings] = useState<Clipping[] | null>(null);
  const [dataset, setDataset] = useState<DatasetInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const [list, info] = await Promise.all([
      background.call('listClippings', {}),
      background.call('getDatasetInfo', {}),
    ]);
    if (list.ok) setClippings(list.value);
    else setError(list.error.message);
    if (info.ok) setDataset(info.value);
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
      <DatasetStatus info={dataset} />
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
