/** Settings: the feed address, how often to sync, and a rollback to the previous dataset. */
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatusView } from '../shared/messaging/sync-protocol.ts';
import { background } from './messaging.ts';

/** The options page. */
export function OptionsApp() {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const [feedUrl, setFeedUrl] = useState('');
  const [hours, setHours] = useState('6');
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const show = (next: SyncStatusView): void => {
    setStatus(next);
    setFeedUrl(next.settings.feedUrl);
    setHours(String(next.settings.intervalMinutes / 60));
  };

  useEffect(() => {
    void background.call('getSyncStatus', {}).then((result) => {
      if (result.ok) show(result.value);
      else setMessage({ text: result.error.message, isError: true });
    });
  }, []);

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const result = await background.call('setSyncSettings', {
      feedUrl,
      intervalMinutes: Math.round(Number(hours) * 60),
    });
    if (result.ok) {
      show(result.value);
      setMessage({ text: 'Saved.', isError: false });
    } else setMessage({ text: result.error.message, isError: true });
  };

  const rollBack = async (): Promise<void> => {
    const result = await background.call('rollBackDataset', {});
    if (result.ok) {
      show(result.value);
      setMessage({ text: `Rolled back to version ${result.value.dataset.version}.`, isError: false });
    } else setMessage({ text: result.error.message, isError: true });
  };

  return (
    <main>
      <h1>Lodestone settings</h1>
      <form onSubmit={(event) => void save(event)}>
        <label for="feed-url">Dataset feed address</label>
        <input id="feed-url" type="url" required value={feedUrl} onInput={(e) => setFeedUrl(e.currentTarget.value)} />
        <p class="hint">The signed feed Lodestone checks for new datasets (https; http only for a local feed).</p>
        <label for="interval">Check every (hours)</label>
        <input
          id="interval"
          type="number"
          min="0.25"
          max="168"
          step="0.25"
          value={hours}
          onInput={(e) => setHours(e.currentTarget.value)}
        />
        <button type="submit">Save</button>
      </form>
      {status && (
        <section aria-label="Dataset">
          <h2>Dataset</h2>
          <p class="status" data-testid="options-dataset">
            Active: version {status.dataset.version} of {status.dataset.createdAt.slice(0, 10)},{' '}
            {status.dataset.entityCount} entities.
          </p>
          {status.archived ? (
            <button type="button" onClick={() => void rollBack()}>
              Roll back to version {status.archived.version}
            </button>
          ) : (
            <p class="status">No earlier dataset is kept yet.</p>
          )}
        </section>
      )}
      {message && (
        <p class={message.isError ? 'error' : 'status'} role="status">
          {message.text}
        </p>
      )}
    </main>
  );
}
