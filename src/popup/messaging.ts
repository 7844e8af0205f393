/** The popup's typed lines to the background and to the content script of a tab. */
import browser, { type Tabs } from 'webextension-polyfill';
import type { BackgroundCalls, PopupToContentCalls } from '../shared/messaging/protocol.ts';
import { createClient, type Client } from '../shared/messaging/router.ts';

/** Calls the background. */
export const background = createClient<BackgroundCalls>((envelope) => browser.runtime.sendMessage(envelope));

/** Calls the content script in one tab. */
export function contentOf(tabId: number): Client<PopupToContentCalls> {
  return createClient<PopupToContentCalls>((envelope) => browser.tabs.sendMessage(tabId, envelope));
}

/**
 * The tab the reader is reading: the active tab, or, when the popup is itself open in a tab, the tab
 * the reader was on last.
 */
export async function readerTab(): Promise<number | null> {
  // Undefined in the real popup; a tab when the popup page is open in a tab of its own.
  const own = (await browser.tabs.getCurrent()) as Tabs.Tab | undefined;
  if (!own) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active?.id ?? null;
  }
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== own.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}
