/** Answers the sync calls: status, "Sync now", settings and rollback. */
import type { Handlers } from '../../shared/messaging/router.ts';
import type { SyncCalls, SyncStatusView } from '../../shared/messaging/sync-protocol.ts';
import type { LodestoneDb } from '../db.ts';
import { readArchivedInfo, readDatasetInfo, rollBackDataset } from '../dataset-store.ts';
import type { SyncScheduler } from './sync-scheduler.ts';
import { readSyncSettings, readSyncStatus, updateSyncStatus, writeSyncSettings } from './sync-store.ts';
import type { SyncSettings } from './sync-types.ts';
import { validateSyncSettings } from './validate-settings.ts';

/** What the sync handlers need. */
export interface SyncHandlerDeps {
  ready: () => Promise<LodestoneDb>;
  scheduler: () => Promise<SyncScheduler>;
  defaults: SyncSettings;
  /** Called after a rollback made another dataset active. */
  onDatasetChanged: (version: number) => Promise<void>;
}

/** Creates the sync handlers. */
export function createSyncHandlers(deps: SyncHandlerDeps): Handlers<SyncCalls> {
  async function view(): Promise<SyncStatusView> {
    const db = await deps.ready();
    const [dataset, archived, status, settings, scheduler] = await Promise.all([
      readDatasetInfo(db),
      readArchivedInfo(db),
      readSyncStatus(db),
      readSyncSettings(db, deps.defaults),
      deps.scheduler(),
    ]);
    if (!dataset) throw new Error('No dataset is installed yet.');
    const { phase, lastSuccessAt, lastAttemptAt, lastError, nextRetryAt } = status;
    return {
      dataset,
      archived,
      phase,
      running: scheduler.isRunning(),
      lastSuccessAt,
      lastAttemptAt,
      lastError,
      nextRetryAt,
      settings,
    };
  }

  return {
    getSyncStatus: view,
    async syncNow() {
      await (await deps.scheduler()).syncNow();
      return view();
    },
    async setSyncSettings(request) {
      const settings = validateSyncSettings(request);
      await writeSyncSettings(await deps.ready(), settings);
      await (await deps.scheduler()).schedulePeriodic(settings.intervalMinutes);
      return view();
    },
    async rollBackDataset() {
      const db = await deps.ready();
      const current = await readDatasetInfo(db);
      const restored = await rollBackDataset(db);
      if (!restored || !current) throw new Error('There is no earlier dataset to roll back to.');
      await updateSyncStatus(db, { rolledBackFrom: current.version });
      await deps.onDatasetChanged(restored.version);
      return view();
    },
  };
}
