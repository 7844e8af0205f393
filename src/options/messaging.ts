/** The options page's typed line to the background. */
import browser from 'webextension-polyfill';
import type { BackgroundCalls } from '../shared/messaging/protocol.ts';
import { createClient } from '../shared/messaging/router.ts';

/** Calls the background. */
export const background = createClient<BackgroundCalls>((envelope) => browser.runtime.sendMessage(envelope));
