/** Background composition root: opens the database, installs the bundled dataset, keeps it synced, answers messages. */
import browser, { type Runtime } from 'webextension-polyfill';
import { backgroundCallers, type BackgroundCalls } from '../shared/messaging/protocol.ts';
import { createRouter } from '../shared/messaging/router.ts';
import { ensureBundledDataset, type BundledInfo } from './bundled-dataset.ts';
import { readDatasetInfo } from './dataset-store.ts';
import { openLodestoneDb } from './db.ts';
import { createHandlers } from './handlers.ts';
import { createPageMatcher, packagedMatcherLoader } from './page-matcher.ts';
import { senderContext } from './sender.ts';
import { createSyncHandlers } from './sync/sync-handlers.ts';
import { runSync } from './sync/sync-run.ts';
import { createSyncScheduler } from './sync/sync-scheduler.ts';
import { readSyncSettings } from './sync/sync-store.ts';
import type { SyncSettings } from './sync/sync-types.ts';
import { notifyTabsDatasetChanged } from './tab-notifier.ts';

/** The feed and schedule until the reader changes them on the options page. */
const DEFAULT_SETTINGS: SyncSettings = { feedUrl: __LODESTONE_FEED_URL__, intervalMinutes: 6 * 60 };
/** How long one feed request may take. */
const FEED_TIMEOUT_MS = 30_000;

/** A file of the extension package; throws when it cannot be read. */
async function packageFile(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${String(response.status)}`);
  return response;
}

const loadBundled = async (): Promise<unknown> => (await packageFile('dataset/snapshot.json')).json();
/** The bundled snapshot's version, read once per worker life. */
const bundledInfo = keptUnlessFailed(
  async (): Promise<BundledInfo> => (await (await packageFile('dataset/bundled.json')).json()) as BundledInfo,
);

/** `make`'s promise, made once and kept unless it fails (then made again on the next call). */
function keptUnlessFailed<T>(make: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | null = null;
  return () =>
    (kept ??= make().catch((error: unknown) => {
      kept = null;
      throw error;
    }));
}

/** The database, whether or not a dataset is installed yet. */
const openDb = keptUnlessFailed(() => openLodestoneDb());

// Read first thing, before an install can hold the dataset's stores (see `createPageMatcher`).
const activeAtStart = openDb()
  .then(readDatasetInfo)
  .catch(() => null);

const packaged = packagedMatcherLoader(async () => (await packageFile('dataset/matcher.bin')).arrayBuffer());
let isReady = false;

/** The database with a dataset installed. */
const ready = keptUnlessFailed(async () => {
  const db = await openDb();
  // On a first run pages are matched with the packaged matcher: it is read before the install
  // takes the worker for a while.
  if (!(await activeAtStart)) await packaged();
  await ensureBundledDataset(db, loadBundled, bundledInfo);
  isReady = true;
  return db;
});

const pageMatcher = createPageMatcher({
  activeAtStart: () => activeAtStart,
  isReady: () => isReady,
  ready,
  bundled: () => bundledInfo().catch(() => null),
  packaged,
});

/** The sync scheduler, created once per worker life (again on the next call if the database failed). */
const scheduler = keptUnlessFailed(() =>
  ready().then((db) =>
    createSyncScheduler({
      db,
      alarms: browser.alarms,
      now: () => new Date(),
      random: Math.random,
      run: async () =>
        runSync({
          db,
          http: { fetch: globalThis.fetch.bind(globalThis), timeoutMs: FEED_TIMEOUT_MS },
          feedUrl: (await readSyncSettings(db, DEFAULT_SETTINGS)).feedUrl,
          pinnedKeys: __LODESTONE_PINNED_KEYS__,
          now: () => new Date(),
          onApplied: (info) => notifyTabsDatasetChanged(info.version),
        }),
    }),
  ),
);

const handlers = {
  ...createHandlers({ ready, pageMatcher }),
  ...createSyncHandlers({ ready, scheduler, defaults: DEFAULT_SETTINGS, onDatasetChanged: notifyTabsDatasetChanged }),
};
const route = createRouter<BackgroundCalls>(handlers, (method, sender) => backgroundCallers[method].includes(sender));

/** Schedules the periodic sync and runs one now (install, update, browser start). */
async function startSync(): Promise<void> {
  const db = await ready();
  const sync = await scheduler();
  await sync.schedulePeriodic((await readSyncSettings(db, DEFAULT_SETTINGS)).intervalMinutes);
  await sync.syncNow();
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, senderContext(sender, browser.runtime.id, browser.runtime.getURL(''))),
);
browser.runtime.onInstalled.addListener(() => void startSync());
browser.runtime.onStartup.addListener(() => void startSync());
browser.alarms.onAlarm.addListener((alarm) => void scheduler().then((sync) => sync.onAlarm(alarm.name)));
// Every time the worker wakes: a sync cut off by the worker being stopped is run again.
void scheduler().then((sync) => sync.recoverInterrupted());
