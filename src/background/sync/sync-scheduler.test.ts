import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openLodestoneDb } from '../db.ts';
import type { SyncOutcome } from './sync-run.ts';
import { backoffDelayMs, createSyncScheduler, PERIODIC_ALARM, RETRY_ALARM, type AlarmsApi } from './sync-scheduler.ts';
import { readSyncStatus, updateSyncStatus } from './sync-store.ts';

let n = 0;

function fakeAlarms() {
  const created = new Map<string, { when?: number; delayInMinutes?: number; periodInMinutes?: number }>();
  const alarms: AlarmsApi = {
    create: (name, info) => void created.set(name, info),
    clear: (name) => Promise.resolve(created.delete(name)),
  };
  return { alarms, created };
}

async function setup(run: () => Promise<SyncOutcome>) {
  const db = await openLodestoneDb(`scheduler-${++n}`);
  const { alarms, created } = fakeAlarms();
  const now = new Date('2026-11-23T10:00:00Z');
  const scheduler = createSyncScheduler({ db, alarms, run, now: () => now, random: () => 0.5 });
  return { db, scheduler, created, now };
}

describe('sync scheduler', () => {
  it('backs off exponentially with jitter, capped at six hours', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(30_000);
    expect(backoffDelayMs(1, () => 1)).toBe(60_000);
    expect(backoffDelayMs(3, () => 1)).toBe(240_000);
    expect(backoffDelayMs(30, () => 1)).toBe(6 * 3_600_000);
    expect(backoffDelayMs(30, () => 0)).toBe(3 * 3_600_000);
  });

  it('coalesces concurrent triggers into one run', async () => {
    let release: (value: SyncOutcome) => void = () => undefined;
    const run = vi.fn(() => new Promise<SyncOutcome>((resolve) => (release = resolve)));
    const { scheduler } = await setup(run);
    const first = scheduler.syncNow();
    const second = scheduler.syncNow();
    const third = scheduler.onAlarm(PERIODIC_ALARM);
    expect(scheduler.isRunning()).toBe(true);
    release({ kind: 'up-to-date', version: 1 });
    expect(await first).toEqual(await second);
    await third;
    expect(run).toHaveBeenCalledOnce();
    expect(scheduler.isRunning()).toBe(false);
  });

  it('schedules a retry after a failure and clears it after a success', async () => {
    let outcome: SyncOutcome = { kind: 'failed', code: 'network', message: 'down' };
    const { db, scheduler, created, now } = await setup(() => Promise.resolve(outcome));
    await updateSyncStatus(db, { failures: 2 });
    await scheduler.syncNow();
    expect(created.get(RETRY_ALARM)?.when).toBe(now.getTime() + backoffDelayMs(2, () => 0.5));
    expect((await readSyncStatus(db)).nextRetryAt).toBe(new Date(now.getTime() + 90_000).toISOString());
    outcome = { kind: 'up-to-date', version: 1 };
    await scheduler.onAlarm(RETRY_ALARM);
    expect(created.has(RETRY_ALARM)).toBe(false);
    await scheduler.onAlarm('someone-else');
  });

  it('schedules the periodic sync', async () => {
    const { scheduler, created } = await setup(() => Promise.resolve({ kind: 'up-to-date', version: 1 }));
    await scheduler.schedulePeriodic(360);
    expect(created.get(PERIODIC_ALARM)).toEqual({ delayInMinutes: 360, periodInMinutes: 360 });
  });

  it('restarts a sync the worker was stopped in, and records that it was interrupted', async () => {
    const run = vi.fn(() => Promise.resolve<SyncOutcome>({ kind: 'up-to-date', version: 1 }));
    const { db, scheduler } = await setup(run);
    expect(await scheduler.recoverInterrupted()).toBeNull();
    await updateSyncStatus(db, { phase: 'downloading' });
    expect(await scheduler.recoverInterrupted()).toEqual({ kind: 'up-to-date', version: 1 });
    expect(run).toHaveBeenCalledOnce();
    expect(await readSyncStatus(db)).toMatchObject({ phase: 'idle', lastError: { code: 'interrupted' } });
  });
});
