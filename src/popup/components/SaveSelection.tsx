/** "Save selection": asks the reader's tab for its selection and stores it as a clipping. */
import { useState } from 'preact/hooks';
import { background, contentOf, readerTab } from '../messaging.ts';

/** Props: what to do after a save, and where to report an error. */
export interface SaveSelectionProps {
  onSaved: () => Promise<void>;
  onError: (message: string | null) => void;
}

/** The button. */
export function SaveSelection({ onSaved, onError }: SaveSelectionProps) {
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<void> => {
    setBusy(true);
    onError(null);
    try {
      const tabId = await readerTab();
      if (tabId === null) return onError('No page is open to clip from.');
      const capture = await contentOf(tabId).call('getSelection', {});
      if (!capture.ok) return onError('Lodestone cannot read this page. Reload it and try again.');
      if (!capture.value) return onError('Select some text on the page first.');
      const saved = await background.call('saveClipping', capture.value);
      if (!saved.ok) return onError(saved.error.message);
      await onSaved();
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" onClick={() => void save()} disabled={busy}>
      Save selection
    </button>
  );
}
