/** Content script composition root: scan and highlight the page, follow its changes, answer hovers, focus and the popup. */
import browser from 'webextension-polyfill';
import type { BackgroundToContentCalls, EntityView, PopupToContentCalls } from '../shared/messaging/protocol.ts';
import { createRouter } from '../shared/messaging/router.ts';
import { background } from './background-client.ts';
import { isFrameInScope } from './frame-scope.ts';
import { Highlights } from './highlight.ts';
import { styleShadowRoot } from './highlight-styles.ts';
import { startFocus } from './focus.ts';
import { startHover } from './hover.ts';
import { MentionPopover } from './mention-popover.ts';
import { MentionIndex, type MentionChange } from './mentions.ts';
import { MutationWatcher } from './mutation-watch.ts';
import { PageScanner, type ScanOutcome } from './page-scan.ts';
import { LazyPopover } from './popover/lazy-popover.ts';
import { announceScanned } from './readiness.ts';
import { captureSelection } from './selection.ts';
import { WorkQueue } from './work-queue.ts';

const controller = new AbortController();
const index = new MentionIndex();
const highlights = new Highlights();
const popover = new LazyPopover();
const views = new Map<string, Promise<EntityView | null>>();
const shadowRoots: ShadowRoot[] = [];
const queue = new WorkQueue(controller.signal);

function loadView(id: string): Promise<EntityView | null> {
  let view = views.get(id);
  if (!view) {
    view = background.call('getEntity', { id }).then((result) => (result.ok ? result.value : null));
    views.set(id, view);
  }
  return view;
}

const watcher = new MutationWatcher(
  {
    rescan: (roots) => queue.run((signal) => scanner.rescan(roots, signal)).then(settle),
    sweep: (texts) => follow((change) => (texts ? index.sweepRemoved(texts, change) : index.sweepDisconnected(change))),
    navigated: () => fullPass().then((outcome) => (outcome.ok ? outcome.busyMs : 0)),
  },
  controller.signal,
);

const scanner = new PageScanner({
  match: (request) => background.call('matchText', request),
  index,
  highlights,
  hooks: {
    onShadowRoot: (root) => {
      if (shadowRoots.includes(root)) return;
      shadowRoots.push(root);
      styleShadowRoot(root);
      watcher.observe(root);
    },
    onHidden: (element) => watcher.noteHidden(element),
  },
});

/** Applies a change of the index to the highlights. */
function follow(update: (change: MentionChange) => void): void {
  const change: MentionChange = { added: [], removed: [] };
  update(change);
  highlights.apply(change);
}

/** The main-thread time of a scan; a scan that failed because the extension went away tears everything down. */
function settle(outcome: ScanOutcome): number {
  if (outcome.ok) return outcome.busyMs;
  if (outcome.message.includes('context invalidated')) destroy();
  return 0;
}

/** Drops every highlight and reads the whole page again, first in line; the page hears when it is done. */
async function fullPass(): Promise<ScanOutcome> {
  const outcome = await queue.replace(async (signal) => {
    follow((change) => index.clear(change));
    return scanner.scanAll(document.documentElement, signal);
  });
  if (outcome.ok) announceScanned(document);
  settle(outcome);
  return outcome;
}

const route = createRouter<PopupToContentCalls & BackgroundToContentCalls>(
  {
    getSelection: () => captureSelection(index),
    datasetChanged: async () => {
      views.clear();
      return (await fullPass()).ok;
    },
  },
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

function start(): void {
  browser.runtime.onMessage.addListener(onMessage);
  // Watching starts before the first pass, so that changes made during it are read after it.
  watcher.observe(document);
  const shared = new MentionPopover({ popover, loadView, signal: controller.signal });
  startHover({ index, popover: shared, shadowRoots, signal: controller.signal });
  startFocus({ index, popover: shared, signal: controller.signal });
  void fullPass();
}

if (isFrameInScope()) start();
