/**
 * Dataset sync end to end in Chromium: with an article open, a new dataset version on a local feed is
 * synced from the popup and its new entity is highlighted in the open tab without a reload; then a
 * tampered feed is refused, the popup shows the error, and the highlights stay.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFeed, type FeedServer } from '../../scripts/dev/feed-server.ts';
import { serveFolder, type StaticServer } from '../../scripts/dev/static-server.ts';
import type { Entity, Snapshot } from '../../src/shared/dataset/schema.ts';
import { makeFeed } from '../integration/feed-fixture.ts';
import { launchChromium } from './support/chromium.ts';
import type { Driver, DriverPage } from './support/driver.ts';
import { probeHighlights } from './support/page-probes.ts';

/** A real outlet the bundled dataset does not have; article 000 names it in its author's biography. */
const NEW_ENTITY: Entity = {
  id: 'the-nation-thailand',
  kind: 'organization',
  name: 'The Nation (Thailand)',
  aliases: [{ text: 'The Nation' }],
  summary: 'An English-language newspaper in Bangkok.',
  summarySources: ['nation'],
  organization: { type: 'media', country: 'TH', sources: ['nation'] },
  sources: {
    nation: { outlet: 'The Nation', title: 'About us', url: 'https://www.nationthailand.com/', date: '2025' },
  },
};

let driver: Driver | undefined;
let articles: StaticServer | undefined;
const feeds: FeedServer[] = [];
let bundled: Snapshot;

beforeAll(async () => {
  bundled = JSON.parse(await readFile('public/dataset/snapshot.json', 'utf8')) as Snapshot;
  articles = await serveFolder(resolve('test/fixtures/articles'));
  driver = await launchChromium();
});

afterAll(async () => {
  await driver?.close();
  await articles?.close();
  await Promise.all(feeds.map((f) => f.close()));
});

/** Serves a signed feed for `snapshot`; `tamper` then alters the snapshot file as an attacker on the way would. */
async function publish(snapshot: Snapshot, tamper?: (text: string) => string): Promise<string> {
  const folder = await makeFeed(snapshot);
  if (tamper) {
    const file = join(folder, `snapshot-${snapshot.version}.json`);
    await writeFile(file, tamper(await readFile(file, 'utf8')));
  }
  const feed = await serveFeed(folder);
  feeds.push(feed);
  return feed.manifestUrl;
}

/** Points the extension at a feed through the options page. */
async function useFeed(url: string): Promise<void> {
  if (!driver) throw new Error('no browser');
  const options = await driver.openExtensionPage('src/options/index.html');
  await options.waitFor(() => (document.querySelector<HTMLInputElement>('#feed-url')?.value ?? '') !== '');
  await options.evaluate((value) => {
    const input = document.querySelector<HTMLInputElement>('#feed-url');
    if (!input) throw new Error('no feed field');
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, url);
  await options.click('button[type="submit"]');
  await options.waitFor(() => document.querySelector('[role="status"]')?.textContent === 'Saved.');
  await options.close();
}

/** Presses "Sync now" in the popup and waits for the sync to end; returns the popup. */
async function syncNow(): Promise<DriverPage> {
  if (!driver) throw new Error('no browser');
  const popup = await driver.openExtensionPage('src/popup/index.html');
  await popup.waitFor(() => document.querySelector('[data-testid="dataset-status"]') !== null);
  await popup.click('.sync button');
  await popup.waitFor(
    () => document.querySelector<HTMLButtonElement>('.sync button')?.textContent === 'Sync now',
    20_000,
  );
  return popup;
}

const texts = (found: Array<{ text: string; kind: string }>): string[] => found.map((m) => `${m.kind}:${m.text}`);

/** Polls the page's highlights (as `kind:text`) until `done` holds; the probe runs in the page, the test here. */
async function pollHighlights(
  page: DriverPage,
  done: (found: string[]) => boolean,
  timeoutMs = 20_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = texts((await page.evaluate(probeHighlights, null)) ?? []);
    if (done(found) || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('dataset sync in Chromium', () => {
  it('highlights a new entity in an open tab after "Sync now", and refuses a tampered feed', async () => {
    if (!driver) throw new Error('no browser');
    const article = await driver.openPage(`${articles?.origin ?? ''}/000.html`);
    const before = texts(await article.waitFor(probeHighlights));
    expect(before).not.toContain('organization:The Nation');

    const next: Snapshot = { ...bundled, version: bundled.version + 1, entities: [...bundled.entities, NEW_ENTITY] };
    await useFeed(await publish(next));
    const popup = await syncNow();
    expect(
      await popup.evaluate(() => document.querySelector('[data-testid="dataset-status"]')?.textContent ?? '', null),
    ).toContain(`Dataset v${next.version}`);
    await popup.close();
    const after = await pollHighlights(article, (found) => found.includes('organization:The Nation'));
    expect(after).toContain('organization:The Nation');
    expect(after).toContain('person:Howard Lutnick');

    const tampered: Snapshot = { ...next, version: next.version + 1 };
    await useFeed(await publish(tampered, (text) => text.replace('Howard Lutnick', 'Howard Lutnicc')));
    const failed = await syncNow();
    const error = await failed.waitFor(() => document.querySelector('[data-testid="sync-error"]')?.textContent ?? null);
    expect(error).toContain('does not match the checksum in the signed manifest');
    expect(
      await failed.evaluate(() => document.querySelector('[data-testid="dataset-status"]')?.textContent ?? '', null),
    ).toContain(`Dataset v${next.version}`);
    await failed.close();
    const still = texts((await article.evaluate(probeHighlights, null)) ?? []);
    expect(still).toContain('organization:The Nation');
    expect(still).toContain('person:Howard Lutnick');
    await article.close();
  });
});
