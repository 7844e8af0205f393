/** Sync settings and status, kept in the settings store so they survive the worker's restarts. */
import type { LodestoneDb } from '../db.ts';
import { initialStatus, type SyncSettings, type SyncStatus } from './sync-types.ts';

const STATUS_KEY = 'syncStatus';
const SETTINGS_KEY = 'syncSettings';

/** The sync status (the initial one before any sync). */
export async function readSyncStatus(db: LodestoneDb): Promise<SyncStatus> {
  return { ...initialStatus(), ...((await db.get('settings', STATUS_KEY)) as Partial<SyncStatus> | undefined) };
}

/** Merges a change into the sync status and returns the result. */
export async function updateSyncStatus(db: LodestoneDb, change: Partial<SyncStatus>): Promise<SyncStatus> {
  const tx = db.transaction('settings', 'readwrite');
  const next = {
    ...initialStatus(),
    ...((await tx.store.get(STATUS_KEY)) as Partial<SyncStatus> | undefined),
    ...change,
  };
  await tx.store.put(next, STATUS_KEY);
  await tx.done;
  return next;
}

/** The sync settings, with the build's defaults for what the reader has not set. */
export async function readSyncSettings(db: LodestoneDb, defaults: SyncSettings): Promise<SyncSettings> {
  return { ...defaults, ...((await db.get('settings', SETTINGS_KEY)) as Partial<SyncSettings> | undefined) };
}

/** Stores the sync settings. */
export async function writeSyncSettings(db: LodestoneDb, settings: SyncSettings): Promise<void> {
  await db.put('settings', settings, SETTINGS_KEY);
}
