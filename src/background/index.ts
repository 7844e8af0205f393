/** Background composition root: opens the database, installs the bundled dataset, answers messages. */
import browser, { type Runtime } from 'webextension-polyfill';
import { backgroundCallers, type BackgroundCalls } from '../shared/messaging/protocol.ts';
import { createRouter } from '../shared/messaging/router.ts';
import { ensureBundledDataset } from './bundled-dataset.ts';
import { openLodestoneDb, type LodestoneDb } from './db.ts';
import { createHandlers } from './handlers.ts';
import { senderContext } from './sender.ts';

async function loadBundled(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL('dataset/snapshot.json'));
  return response.json();
}

let database: Promise<LodestoneDb> | null = null;

/** The database with a dataset installed; retried on the next call if it failed. */
function ready(): Promise<LodestoneDb> {
  database ??= (async () => {
    const db = await openLodestoneDb();
    await ensureBundledDataset(db, loadBundled);
    return db;
  })().catch((error: unknown) => {
    database = null;
    throw error;
  });
  return database;
}

const route = createRouter<BackgroundCalls>(createHandlers({ ready }), (method, sender) =>
  backgroundCallers[method].includes(sender),
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, senderContext(sender, browser.runtime.id, browser.runtime.getURL(''))),
);
browser.runtime.onInstalled.addListener(() => void ready());
browser.runtime.onStartup.addListener(() => void ready());
