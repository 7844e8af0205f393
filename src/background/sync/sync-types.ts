/** The shapes the sync keeps in the settings store and shows the reader. */

/** Where and how often to sync. */
export interface SyncSettings {
  /** The feed manifest's address. */
  feedUrl: string;
  /** Minutes between scheduled syncs. */
  intervalMinutes: number;
}

/** Why a sync failed: one code per fault the sync tells apart. */
export type SyncErrorCode =
  | 'timeout'
  | 'network'
  | 'http-client'
  | 'http-server'
  | 'redirect'
  | 'truncated'
  | 'invalid-json'
  | 'schema'
  | 'checksum'
  | 'signature'
  | 'older-version'
  | 'too-large'
  | 'quota'
  | 'interrupted'
  | 'settings';

/** What a sync is doing now. */
export type SyncPhase = 'idle' | 'checking' | 'downloading' | 'verifying' | 'applying';

/** The sync's record: what happened last and what is under way. */
export interface SyncStatus {
  phase: SyncPhase;
  /** ISO time of the last sync that ended well (new data applied or already up to date). */
  lastSuccessAt: string | null;
  /** ISO time of the last attempt, whatever its outcome. */
  lastAttemptAt: string | null;
  /** The last attempt's error, or null when it succeeded. */
  lastError: { code: SyncErrorCode; message: string } | null;
  /** Failures in a row, for the backoff. */
  failures: number;
  /** ISO time of the next retry after a failure, if one is scheduled. */
  nextRetryAt: string | null;
  /** Validators of the last manifest fetched, for a conditional GET. */
  etag: string | null;
  lastModified: string | null;
  /** A version the reader rolled back from: never installed again by a sync. */
  rolledBackFrom: number | null;
}

/** A status before any sync. */
export function initialStatus(): SyncStatus {
  return {
    phase: 'idle',
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    failures: 0,
    nextRetryAt: null,
    etag: null,
    lastModified: null,
    rolledBackFrom: null,
  };
}
