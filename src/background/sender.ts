/** Tells which of our contexts sent a message, and refuses everyone else. */
import type { Runtime } from 'webextension-polyfill';
import type { SenderContext } from '../shared/messaging/router.ts';

/** Classifies a sender: our content script (in a tab), one of our pages, or foreign. */
export function senderContext(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): SenderContext {
  if (sender.id !== ownId) return 'foreign';
  if (sender.url?.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tab) return 'content';
  return 'foreign';
}
