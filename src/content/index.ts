/** Content script composition root: scan and highlight the page, answer hovers and the popup. */
import browser from 'webextension-polyfill';
import type { EntityView, PopupToContentCalls } from '../shared/messaging/protocol.ts';
import { createRouter } from '../shared/messaging/router.ts';
import { background } from './background-client.ts';
import { Highlights } from './highlight.ts';
import { startHover } from './hover.ts';
import { MentionIndex } from './mentions.ts';
import { scanPage } from './page-scan.ts';
import { PopoverHost } from './popover/popover-host.tsx';
import { captureSelection } from './selection.ts';

const controller = new AbortController();
const index = new MentionIndex();
const highlights = new Highlights();
const popover = new PopoverHost();
const views = new Map<string, Promise<EntityView | null>>();

function loadView(id: string): Promise<EntityView | null> {
  let view = views.get(id);
  if (!view) {
    view = background.call('getEntity', { id }).then((result) => (result.ok ? result.value : null));
    views.set(id, view);
  }
  return view;
}

const route = createRouter<PopupToContentCalls>(
  { getSelection: () => captureSelection(index) },
  (_method, sender) => sender === 'extension-page',
);

function onMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined {
  const fromOurPage = sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
  return route(message, fromOurPage ? 'extension-page' : 'foreign');
}

/** Tears everything down when the extension goes away (update, disable): no orphaned listeners or highlights. */
function destroy(): void {
  controller.abort();
  highlights.destroy();
  popover.destroy();
  browser.runtime.onMessage.removeListener(onMessage);
}

async function start(): Promise<void> {
  browser.runtime.onMessage.addListener(onMessage);
  const patterns = await background.call('getPatterns', {});
  if (!patterns.ok) {
    if (patterns.error.message.includes('context invalidated')) destroy();
    return;
  }
  await scanPage(document.body, patterns.value, index, highlights, controller.signal);
  startHover({
    index,
    popover,
    loadView,
    today: () => new Date().toISOString().slice(0, 10),
    signal: controller.signal,
  });
}

void start();
