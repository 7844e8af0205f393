/**
 * When syncs run: on demand, on a periodic alarm, and after a failure on a retry alarm with
 * exponential backoff and jitter. Concurrent triggers share one run; a run cut off by the worker
 * being stopped is noticed at the next start and run again.
 */
import type { LodestoneDb } from '../db.ts';
import type { SyncOutcome } from './sync-run.ts';
import { readSyncStatus, updateSyncStatus } from './sync-store.ts';

/** The alarm that runs the periodic sync. */
export const PERIODIC_ALARM = 'lodestone-sync';
/** The alarm that retries a failed sync. */
export const RETRY_ALARM = 'lodestone-sync-retry';

/** The part of the browser's alarms API the scheduler uses. */
export interface AlarmsApi {
  create(
    name: string,
    info: { when?: number; delayInMinutes?: number; periodInMinutes?: number },
  ): void | Promise<void>;
  clear(name: string): Promise<boolean>;
}

/** What the scheduler needs. */
export interface SchedulerDeps {
  db: LodestoneDb;
  alarms: AlarmsApi;
  run: () => Promise<SyncOutcome>;
  now: () => Date;
  random: () => number;
}

const MINUTE = 60_000;
/** The first retry comes after about a minute; later ones double, up to six hours. */
const BACKOFF_BASE_MS = MINUTE;
const BACKOFF_CAP_MS = 6 * 60 * MINUTE;

/** The delay before retry number `failures` (1 for the first): exponential, capped, with jitter in [½, 1] of it. */
export function backoffDelayMs(failures: number, random: () => number): number {
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/** A scheduler: `syncNow` coalesces; `onAlarm` and `recoverInterrupted` are wired to browser events. */
export function createSyncScheduler(deps: SchedulerDeps) {
  let running: Promise<SyncOutcome> | null = null;

  async function afterRun(outcome: SyncOutcome): Promise<void> {
    if (outcome.kind !== 'failed') {
      await deps.alarms.clear(RETRY_ALARM);
      return;
    }
    const { failures } = await readSyncStatus(deps.db);
    const when = deps.now().getTime() + backoffDelayMs(failures, deps.random);
    await deps.alarms.create(RETRY_ALARM, { when });
    await updateSyncStatus(deps.db, { nextRetryAt: new Date(when).toISOString() });
  }

  function syncNow(): Promise<SyncOutcome> {
    running ??= (async () => {
      try {
        const outcome = await deps.run();
        await afterRun(outcome);
        return outcome;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    syncNow,
    /** True while a run is under way. */
    isRunning: (): boolean => running !== null,
    /** (Re)schedules the periodic sync. */
    async schedulePeriodic(intervalMinutes: number): Promise<void> {
      await deps.alarms.create(PERIODIC_ALARM, { delayInMinutes: intervalMinutes, periodInMinutes: intervalMinutes });
    },
    /** Runs a sync for our alarms; ignores others. */
    async onAlarm(name: string): Promise<void> {
      if (name === PERIODIC_ALARM || name === RETRY_ALARM) await syncNow();
    },
    /** At start-up: a status left mid-run means the worker was stopped during a sync; record it and run again. */
    async recoverInterrupted(): Promise<SyncOutcome | null> {
      if (running) return null;
      const status = await readSyncStatus(deps.db);
      if (status.phase === 'idle') return null;
      await updateSyncStatus(deps.db, {
        phase: 'idle',
        lastError: { code: 'interrupted', message: `The last sync stopped while ${status.phase}; it was restarted.` },
      });
      return syncNow();
    },
  };
}

/** The scheduler's type. */
export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
