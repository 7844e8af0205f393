/** The dataset and its sync: version, date, size, last sync, last error, and "Sync now" with progress. */
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatusView } from '../../shared/messaging/sync-protocol.ts';
import { background } from '../messaging.ts';
import { describeTime } from './describe-time.ts';

const PHASE_WORDS: Record<SyncStatusView['phase'], string> = {
  idle: '',
  checking: 'Checking the feed…',
  downloading: 'Downloading the new dataset…',
  verifying: 'Verifying…',
  applying: 'Applying…',
};

/** The panel; polls the status while a sync runs. */
export function SyncPanel() {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = async (): Promise<void> => {
    const result = await background.call('getSyncStatus', {});
    if (result.ok) setStatus(result.value);
    else setError(result.error.message);
  };

  useEffect(() => void refresh(), []);
  useEffect(() => {
    if (!status?.running) return;
    const timer = setInterval(() => void refresh(), 400);
    return () => clearInterval(timer);
  }, [status?.running]);

  const syncNow = async (): Promise<void> => {
    setError(null);
    setStatus((s) => (s ? { ...s, running: true, phase: 'checking' } : s));
    const result = await background.call('syncNow', {});
    if (result.ok) setStatus(result.value);
    else setError(result.error.message);
  };

  if (!status) return <p class="status">{error ?? 'Loading dataset…'}</p>;
  const { dataset } = status;
  return (
    <section class="sync" aria-label="Dataset">
      <p class="status" data-testid="dataset-status">
        Dataset v{dataset.version} of {dataset.createdAt.slice(0, 10)} · {dataset.entityCount} entities (
        {dataset.origin === 'feed' ? 'synced' : 'bundled'})
      </p>
      <p class="status" data-testid="sync-status">
        {status.running
          ? PHASE_WORDS[status.phase] || 'Syncing…'
          : `Last synced ${describeTime(status.lastSuccessAt)} · last attempt ${describeTime(status.lastAttemptAt)}`}
      </p>
      {status.lastError && !status.running && (
        <p class="error" role="alert" data-testid="sync-error">
          Sync failed: {status.lastError.message}
          {status.nextRetryAt && ` Next try ${describeTime(status.nextRetryAt)}.`}
        </p>
      )}
      {error && <p class="error">{error}</p>}
      <button type="button" onClick={() => void syncNow()} disabled={status.running}>
        {status.running ? 'Syncing…' : 'Sync now'}
      </button>
    </section>
  );
}
