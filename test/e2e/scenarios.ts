/** The end-to-end scenarios, written once and run in each browser by its test file. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, DriverPage } from './support/driver.ts';
import { rectOfHighlight } from './support/highlight-probes.ts';
import {
  probeHighlights,
  popoverRect,
  probePopover,
  selectSentence,
  serializeDom,
  type ProbedMention,
} from './support/page-probes.ts';
import { clippingsFileText, syntheticClippings } from './support/clipping-files.ts';
import { chooseImportFile, keepExports, lastExport, listedQuotes, setSearch } from './support/popup-probes.ts';
import { serveFolder, type StaticServer } from '../../scripts/dev/static-server.ts';

/** Registers the foundation scenarios against a browser started by `launch`. */
export function foundationScenarios(launch: () => Promise<Driver>): void {
  let driver: Driver | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    server = await serveFolder(resolve('test/fixtures/articles'));
    driver = await launch();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  const browser = (): Driver => {
    if (!driver) throw new Error('the browser did not start');
    return driver;
  };

  /** Opens a seed article and waits until Lodestone has registered its highlights. */
  async function openArticle(name: string): Promise<{ page: DriverPage; mentions: ProbedMention[] }> {
    const page = await browser().openPage(`${server?.origin ?? ''}/${name}.html`);
    return { page, mentions: await page.waitFor(probeHighlights) };
  }

  /** Waits until the popup lists `count` clippings. */
  async function waitForListed(popup: DriverPage, count: number): Promise<void> {
    for (let tries = 0; tries < 100; tries++) {
      if ((await popup.evaluate(listedQuotes, null)).length === count) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the popup does not list ${String(count)} clippings`);
  }

  describe('seed article 000', () => {
    it('has highlights of each kind, none on the pronoun "He", and an unchanged DOM', async () => {
      const { page, mentions } = await openArticle('000');
      expect([...new Set(mentions.map((m) => m.kind))].sort()).toEqual([
        'commodity',
        'measure',
        'organization',
        'person',
      ]);
      const texts = mentions.map((m) => m.text);
      expect(texts).toContain('Howard Lutnick');
      expect(texts).toContain('He Lifeng');
      expect(texts.filter((t) => /^he$/i.test(t))).toEqual([]);
      const before = await page.evaluate(() => (window as unknown as { __domBefore: string }).__domBefore, null);
      expect(await page.evaluate(serializeDom, null)).toBe(before);
      await page.close();
    });

    it('shows the popover of Howard Lutnick on hover, and closes it when the pointer leaves or on Esc', async () => {
      const { page, mentions } = await openArticle('000');
      const lutnick = mentions.find((m) => m.text === 'Howard Lutnick' && m.rect);
      if (!lutnick?.rect) throw new Error('Howard Lutnick is not highlighted');
      await page.mouseMove(lutnick.rect.x + lutnick.rect.width / 2, lutnick.rect.y + lutnick.rect.height / 2);
      const text = await page.waitFor(probePopover, 10_000);
      expect(text).toContain('Howard Lutnick');
      expect(text).toContain('Secretary of Commerce');
      expect(
        await page.evaluate(() => document.querySelector('lodestone-popover')?.matches(':popover-open'), null),
      ).toBe(true);
      await page.mouseMove(2, 2);
      await page.waitFor(() => document.querySelector('lodestone-popover') === null, 10_000);
      await page.mouseMove(lutnick.rect.x + lutnick.rect.width / 2, lutnick.rect.y + lutnick.rect.height / 2);
      await page.waitFor(probePopover, 10_000);
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('lodestone-popover') === null, 10_000);
      await page.close();
    });

    it("gives a measure's status on the article's day (from its metadata) and today", async () => {
      // 000 is dated 2025-06-10 in its <meta property="article:published_time">; the dataset has this halt
      // in force from 2025-05-23 and lifted on 2025-07-02.
      const { page } = await openArticle('000');
      const halt = 'halt on shipments of semiconductor design software';
      const before = await page.evaluate(rectOfHighlight, halt);
      if (!before) throw new Error('the halt on shipments of design software is not highlighted');
      // Scroll it to the middle of the view.
      await page.evaluate((y) => window.scrollBy({ top: y - window.innerHeight / 2, behavior: 'instant' }), before.y);
      const rect = await page.evaluate(rectOfHighlight, halt);
      if (!rect) throw new Error('the halt on shipments of design software has no rectangle after scrolling');
      await page.mouseMove(rect.x + rect.width / 2, rect.y + rect.height / 2);
      const text = await page.waitFor(probePopover, 10_000);
      expect(text).toMatch(/In this article \(Jun 10, 2025\):?\s*in force since May 23, 2025/);
      expect(text).toMatch(/Today:?\s*lifted since Jul 2, 2025/);
      // What happened in between, with the step's note: the reader of a June article learns of the lifting.
      expect(text).toMatch(/Since this article\s*Jul 2, 2025 lifted: \S/);
      // The halt has more related entities than a card lists: six show, the rest fold away under "N more".
      const related = await page.evaluate(() => {
        const root = document.querySelector('lodestone-popover')?.shadowRoot;
        const lists = [...(root?.querySelectorAll('ul.related') ?? [])];
        const details = root?.querySelector('details');
        return {
          shown: lists[0]?.children.length ?? 0,
          folded: lists[1]?.children.length ?? 0,
          folds: lists[1]?.parentElement === details,
          open: details?.open ?? null,
          summary: details?.querySelector('summary')?.textContent ?? null,
        };
      }, null);
      expect(related.shown).toBe(6);
      expect(related.folded).toBeGreaterThan(0);
      expect(related).toMatchObject({ folds: true, open: false, summary: `${String(related.folded)} more` });
      // The mention sits in the middle of the view, where the card fits neither below nor above it: it
      // goes to the roomier side, cut to fit, and does not cover the mention.
      const card = await page.evaluate(popoverRect, null);
      if (!card) throw new Error('the popover is not shown');
      expect(card.bottom <= rect.y || card.top >= rect.y + rect.height, JSON.stringify({ card, rect })).toBe(true);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(card.bottom).toBeLessThanOrEqual(await page.evaluate(() => window.innerHeight, null));
      await page.close();
    });

    it("lets the extension's pages compile WebAssembly, on which the background matches", async () => {
      // The background's policy is the extension pages' policy: the popup stands for it here.
      const popup = await browser().openExtensionPage('src/popup/index.html');
      const compiled = await popup.evaluate(() => {
        try {
          return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module;
        } catch (error) {
          return String(error);
        }
      }, null);
      expect(compiled).toBe(true);
      await popup.close();
    });

    it('saves a selected sentence from the popup, lists it, and deletes it', async () => {
      const { page } = await openArticle('000');
      const sentence = await page.evaluate(selectSentence, 'Lutnick told reporters');
      const popup = await browser().openExtensionPage('src/popup/index.html');
      await popup.waitFor(() => document.querySelector('[data-testid="dataset-status"]') !== null);
      await popup.click('main > button');
      const quote = await popup.waitFor(
        () => document.querySelector('[data-testid="clipping"] blockquote')?.textContent ?? null,
      );
      expect(quote).toBe(sentence);
      const meta = await popup.evaluate(
        () => document.querySelector('[data-testid="clipping"] .meta')?.textContent ?? '',
        null,
      );
      expect(meta).toContain('Howard Lutnick');
      await popup.click('[data-testid="clipping"] button');
      await popup.waitFor(() => document.querySelector('[data-testid="clipping"]') === null);
      await popup.close();
      await page.close();
    });

    it('searches clippings, exports the ones shown, and imports them back; a corrupt file costs nothing', async () => {
      const { page } = await openArticle('000');
      const popup = await browser().openExtensionPage('src/popup/index.html');
      await popup.waitFor(() => document.querySelector('[data-testid="dataset-status"]') !== null);
      const saved: string[] = [];
      for (const needle of ['Lutnick told reporters', 'authorized Treasury Secretary']) {
        saved.push(await page.evaluate(selectSentence, needle));
        await popup.click('main > button');
        await waitForListed(popup, saved.length);
      }
      // Bessent is named in the second quote only; "Scott Bessent" is also among its entities.
      await popup.evaluate(setSearch, 'bessent');
      await popup.waitFor(() => document.querySelectorAll('[data-testid="clipping"]').length === 1);
      expect(await popup.evaluate(listedQuotes, null)).toEqual([saved[1]]);
      expect(
        await popup.evaluate(() => document.querySelector('[data-testid="search-count"]')?.textContent, null),
      ).toBe('1 of 2 clippings');

      await popup.evaluate(keepExports, null);
      await popup.click('button[title^="Save the clippings shown as a file"]');
      const json = await popup.evaluate(lastExport, null);
      expect(json?.type).toBe('application/json');
      const file = JSON.parse(json?.text ?? '{}') as {
        clippings: Array<{ quote: string; entities: Array<{ name: string }> }>;
      };
      expect(file.clippings.map((c) => c.quote)).toEqual([saved[1]]);
      expect(file.clippings[0]?.entities.map((e) => e.name)).toContain('Scott Bessent');
      await popup.click('button[title^="Save the clippings shown as Markdown"]');
      expect((await popup.evaluate(lastExport, null))?.text).toContain(`> ${saved[1] ?? ''}`);

      // Delete the exported clipping, then bring it back from the file.
      await popup.click('[data-testid="clipping"] button');
      await popup.evaluate(setSearch, '');
      await popup.waitFor(() => document.querySelectorAll('[data-testid="clipping"]').length === 1);
      await popup.evaluate(chooseImportFile, (json?.text ?? '').slice(0, -30));
      expect(
        await popup.waitFor(() => document.querySelector('[data-testid="popup-error"]')?.textContent ?? null),
      ).toMatch(/not valid JSON/);
      expect(await popup.evaluate(listedQuotes, null)).toEqual([saved[0]]);
      await popup.evaluate(chooseImportFile, json?.text ?? '');
      expect(
        await popup.waitFor(() => document.querySelector('[data-testid="popup-notice"]')?.textContent ?? null),
      ).toBe('Imported 1 clipping.');
      await popup.waitFor(() => document.querySelectorAll('[data-testid="clipping"]').length === 2);
      expect(await popup.evaluate(listedQuotes, null)).toEqual(saved.slice().reverse());
      await popup.close();
      await page.close();
    });

    it('lists clippings a hundred at a time, and searches all of them, listed or not', async () => {
      const popup = await browser().openExtensionPage('src/popup/index.html');
      await popup.waitFor(() => document.querySelector('[data-testid="dataset-status"]') !== null);
      await popup.evaluate(chooseImportFile, clippingsFileText(syntheticClippings(230)));
      expect(
        await popup.waitFor(() => document.querySelector('[data-testid="popup-notice"]')?.textContent ?? null),
      ).toBe('Imported 230 clippings.');
      await waitForListed(popup, 100);
      const more = (): string | null => document.querySelector('[data-testid="show-more"]')?.textContent ?? null;
      const rest = Number(/^Show 100 more \((\d+) not listed\)$/.exec((await popup.evaluate(more, null)) ?? '')?.[1]);
      // The clippings saved by the scenarios before this one are listed too.
      const total = 100 + rest;
      expect(total).toBeGreaterThanOrEqual(230);
      await popup.click('[data-testid="show-more"]');
      await waitForListed(popup, 200);
      await popup.click('[data-testid="show-more"]');
      await waitForListed(popup, total);
      expect(await popup.evaluate(more, null)).toBeNull();
      const quotes = await popup.evaluate(listedQuotes, null);
      expect(quotes.filter((quote) => /^#\d+\. /.test(quote))).toHaveLength(230);

      // A search looks through every clipping, and lists the first hundred it finds again.
      await popup.evaluate(setSearch, '#117.');
      await waitForListed(popup, 1);
      expect((await popup.evaluate(listedQuotes, null))[0]).toMatch(/^#117\. /);
      await popup.evaluate(setSearch, 'news.example');
      await waitForListed(popup, 100);
      expect(
        await popup.evaluate(() => document.querySelector('[data-testid="search-count"]')?.textContent, null),
      ).toBe(`230 of ${String(total)} clippings`);
      expect(await popup.evaluate(more, null)).toBe('Show 100 more (130 not listed)');
      // The export holds every clipping the search keeps, listed or not.
      await popup.evaluate(keepExports, null);
      await popup.click('button[title^="Save the clippings shown as a file"]');
      const file = JSON.parse((await popup.evaluate(lastExport, null))?.text ?? '{}') as { clippings: unknown[] };
      expect(file.clippings).toHaveLength(230);
      await popup.close();
    });
  });
}
