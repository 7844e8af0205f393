/** Tells every open tab that the dataset changed, so pages re-highlight without a reload. */
import browser from 'webextension-polyfill';
import type { BackgroundToContentCalls } from '../shared/messaging/protocol.ts';
import { createClient } from '../shared/messaging/router.ts';

/** Sends `datasetChanged` to every tab; tabs without our content script (browser pages) are skipped. */
export async function notifyTabsDatasetChanged(version: number): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const tabId = tab.id;
      const client = createClient<BackgroundToContentCalls>((envelope) => browser.tabs.sendMessage(tabId, envelope));
      await client.call('datasetChanged', { version });
    }),
  );
}
