/** The dataset-sync part of the background's calls: status, "Sync now", settings and rollback. */
import type { DatasetInfo } from './protocol.ts';

/** Where and how often to sync, as the options page edits it. */
export interface SyncSettingsView {
  feedUrl: string;
  intervalMinutes: number;
}

/** Everything the popup and the options page show about the dataset and its sync. */
export interface SyncStatusView {
  dataset: DatasetInfo;
  /** The archived dataset a rollback would restore, if any. */
  archived: DatasetInfo | null;
  phase: 'idle' | 'checking' | 'downloading' | 'verifying' | 'applying';
  running: boolean;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: { code: string; message: string } | null;
  nextRetryAt: string | null;
  settings: SyncSettingsView;
}

/** Sync calls from extension pages to the background. */
export interface SyncCalls {
  /** The dataset and sync status. */
  getSyncStatus: { request: Record<string, never>; response: SyncStatusView };
  /** Runs a sync now (joining one under way) and answers when it ends. */
  syncNow: { request: Record<string, never>; response: SyncStatusView };
  /** Stores new sync settings (validated) and reschedules. */
  setSyncSettings: { request: SyncSettingsView; response: SyncStatusView };
  /** Restores the archived dataset; the version rolled back from is not installed again. */
  rollBackDataset: { request: Record<string, never>; response: SyncStatusView };
}

/** Sync calls come from extension pages only. */
export const syncCallers: Record<keyof SyncCalls, ReadonlyArray<'content' | 'extension-page'>> = {
  getSyncStatus: ['extension-page'],
  syncNow: ['extension-page'],
  setSyncSettings: ['extension-page'],
  rollBackDataset: ['extension-page'],
};
