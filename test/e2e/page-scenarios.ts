/**
 * End-to-end scenarios for how Lodestone reads pages: mentions split across inline elements, block
 * boundaries and skipped regions, dynamic pages (infinite scroll, edits, removals, SPA navigation,
 * a clock that never stops), open shadow roots, same-origin frames, and a dataset change announced
 * by the background. Written once, run in each browser by its test file.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/dev/static-server.ts';
import type { Driver, DriverPage } from './support/driver.ts';
import {
  frameHighlightTexts,
  highlightTexts,
  pollPage,
  rectOfHighlight,
  scanCount,
} from './support/highlight-probes.ts';
import { probePopover } from './support/page-probes.ts';

/** The part of the extension API the dataset-change scenario calls from an extension page. */
interface TabsApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Registers the page scenarios against a browser started by `launch`. */
export function pageScenarios(launch: () => Promise<Driver>): void {
  let driver: Driver | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    server = await serveFolder(resolve('test/fixtures/pages'));
    driver = await launch();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  /** Opens a fixture page and waits for Lodestone's first full pass over it. */
  async function open(name: string): Promise<DriverPage> {
    if (!driver) throw new Error('the browser did not start');
    const page = await driver.openPage(`${server?.origin ?? ''}/${name}`);
    await pollPage(page, scanCount, null, (count) => count >= 1);
    return page;
  }

  describe('pages', () => {
    it('reads text as the reader sees it: across inline elements, never across blocks or skipped regions', async () => {
      const page = await open('split.html');
      const texts = await page.evaluate(highlightTexts, null);
      expect(texts).toContain('person:Howard Lutnick');
      expect(texts).toContain('commodity:rare earths');
      expect(texts).toContain('organization:MOFCOM');
      // Inline elements on lines of their own: the whitespace between them parts the words, once.
      expect(texts).toContain('person:He Lifeng');
      // Hidden text neither shows nor parts the words around it (the range spans it: it is in the DOM).
      expect(texts).toContain('person:Li hiddenChenggang');
      expect(texts.filter((t) => /Jamieson|Greer|Bessent|Wang|Wentao/.test(t))).toEqual([]);

      // Opened, the <details> shows its content: both of its mentions are read.
      await page.evaluate(() => {
        (document.querySelector('details') as HTMLDetailsElement).open = true;
      }, null);
      const opened = await pollPage(page, highlightTexts, null, (t) => t.includes('person:Scott Bessent'));
      expect(opened.filter((t) => t === 'person:Scott Bessent')).toHaveLength(2);
      await page.close();
    });

    it('follows a dynamic page: appended stories, edited and removed text, SPA navigation', async () => {
      const page = await open('dynamic.html');
      expect(await page.evaluate(highlightTexts, null)).toContain('person:Howard Lutnick');

      await page.evaluate(
        (text) => (window as unknown as { appendStory: (t: string) => void }).appendStory(text),
        'MOFCOM set new rare earths rules.',
      );
      await pollPage(page, highlightTexts, null, (t) => t.includes('organization:MOFCOM'));

      await page.evaluate(
        (text) => (window as unknown as { editText: (t: string) => void }).editText(text),
        'Talks with He Lifeng.',
      );
      await pollPage(page, highlightTexts, null, (t) => t.includes('person:He Lifeng'));

      await page.evaluate(() => (window as unknown as { removeFirst: () => void }).removeFirst(), null);
      const afterRemoval = await pollPage(page, highlightTexts, null, (t) => !t.includes('person:Howard Lutnick'));
      expect(afterRemoval).toContain('person:He Lifeng');

      await page.evaluate(
        (text) => (window as unknown as { navigate: (t: string) => void }).navigate(text),
        'Scott Bessent met He Lifeng.',
      );
      await pollPage(page, scanCount, null, (count) => count >= 2);
      const afterNavigation = await page.evaluate(highlightTexts, null);
      expect(afterNavigation).toContain('person:Scott Bessent');
      expect(afterNavigation.filter((t) => t.includes('MOFCOM'))).toEqual([]);
      await page.close();
    });

    it('leaves text that stopped rendering unread until it is shown again', async () => {
      const page = await open('dynamic.html');
      const before = await page.evaluate(highlightTexts, null);
      expect(before).toContain('person:Jamieson Greer');

      // Hidden, then changed: the old mention goes and the new text is not read while hidden.
      await page.evaluate((text) => {
        const fixture = window as unknown as { showPanel: (shown: boolean) => void; editPanel: (t: string) => void };
        fixture.showPanel(false);
        fixture.editPanel(text);
      }, 'Wang Wentao replied on Wednesday.');
      // (Until then the old range reads whatever text its offsets now cover.)
      const hidden = await pollPage(page, highlightTexts, null, (t) => t.length === before.length - 1);
      expect(hidden.filter((t) => /Greer|Wang/.test(t))).toEqual([]);

      // Shown again: its text is read.
      await page.evaluate((shown) => (window as unknown as { showPanel: (s: boolean) => void }).showPanel(shown), true);
      await pollPage(page, highlightTexts, null, (t) => t.includes('person:Wang Wentao'));
      await page.close();
    });

    it('highlights inside open shadow roots and same-origin frames, and hovers inside a shadow root', async () => {
      const page = await open('shadow.html');
      const texts = await pollPage(page, highlightTexts, null, (t) => t.includes('person:Howard Lutnick'));
      expect(texts).toContain('commodity:rare earths');
      expect(
        await page.evaluate(() => document.querySelector('news-card')?.shadowRoot?.adoptedStyleSheets.length, null),
      ).toBe(1);
      const frame = await pollPage(page, frameHighlightTexts, null, (t) => t !== null);
      expect(frame).toContain('organization:MOFCOM');

      const rect = await page.evaluate(rectOfHighlight, 'Howard Lutnick');
      if (!rect) throw new Error('the mention in the shadow root has no rectangle');
      await page.mouseMove(rect.x + rect.width / 2, rect.y + rect.height / 2);
      expect(await page.waitFor(probePopover, 10_000)).toContain('Howard Lutnick');
      await page.close();
    });

    it('opens the popover when focus or the caret reaches a mention, and closes it when they leave', async () => {
      const page = await open('split.html');
      const popoverGone = (): boolean => document.querySelector('lodestone-popover') === null;
      // A link Tab would land on, inside "Commerce Secretary <a>Howard</a> Lutnick".
      await page.evaluate(() => document.querySelector<HTMLElement>('#split a')?.focus(), null);
      expect(await page.waitFor(probePopover, 10_000)).toContain('Howard Lutnick');
      await page.evaluate(() => document.querySelector<HTMLElement>('#split a')?.blur(), null);
      await page.waitFor(popoverGone, 10_000);

      // From the keyboard: Alt+↑ moves into the card, Tab reaches its source links, Tab past the last
      // one and Esc give focus back to the link, and the card stays closed there.
      const focusIn = (): string => {
        const card = document.querySelector('lodestone-popover')?.shadowRoot?.activeElement;
        return card
          ? `${card.localName}${card.getAttribute('href') ? ' link' : ''}`
          : `page ${document.activeElement?.localName ?? ''}`;
      };
      await page.evaluate(() => document.querySelector<HTMLElement>('#split a')?.focus(), null);
      expect(await page.waitFor(probePopover, 10_000)).toContain('Alt+↑ moves into this card');
      await page.press('Alt+ArrowUp');
      expect(await page.evaluate(focusIn, null)).toBe('article');
      const links = await page.evaluate(
        () => document.querySelector('lodestone-popover')?.shadowRoot?.querySelectorAll('a[href]').length ?? 0,
        null,
      );
      expect(links).toBeGreaterThan(0);
      for (let i = 0; i < links; i++) {
        await page.press('Tab');
        expect(await page.evaluate(focusIn, null)).toBe('a link');
      }
      await page.press('Tab');
      expect(await page.evaluate(focusIn, null)).toBe('page a');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await page.evaluate(popoverGone, null)).toBe(true);
      await page.evaluate(() => document.querySelector<HTMLElement>('#split a')?.blur(), null);
      await page.evaluate(() => document.querySelector<HTMLElement>('#split a')?.focus(), null);
      await page.waitFor(probePopover, 10_000);
      await page.press('Alt+ArrowUp');
      await page.press('Tab');
      await page.press('Escape');
      expect(await page.evaluate(focusIn, null)).toBe('page a');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await page.evaluate(popoverGone, null)).toBe(true);
      await page.evaluate(() => document.querySelector<HTMLElement>('#split a')?.blur(), null);

      // The pointer opens "rare earths", then focus opens Howard Lutnick: the pointer leaving closes
      // only what it opened, so the keyboard's popover stays.
      const earths = await page.evaluate(rectOfHighlight, 'rare earths');
      if (!earths) throw new Error('"rare earths" is not highlighted');
      await page.mouseMove(earths.x + earths.width / 2, earths.y + earths.height / 2);
      expect(await page.waitFor(probePopover, 10_000)).toMatch(/rare earth/i);
      await page.evaluate(() => document.querySelector<HTMLElement>('#split a')?.focus(), null);
      const lutnickShown = (): boolean | null =>
        document.querySelector('lodestone-popover')?.shadowRoot?.textContent.includes('Howard Lutnick') === true ||
        null;
      await page.waitFor(lutnickShown, 10_000);
      await page.mouseMove(2, 2);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(await page.evaluate(probePopover, null)).toContain('Howard Lutnick');
      await page.evaluate(() => document.querySelector<HTMLElement>('#split a')?.blur(), null);
      await page.waitFor(popoverGone, 10_000);

      // The caret (caret browsing, or a click) inside "MOFCOM", which spans <b>MOF</b><i>COM</i>.
      const caretIn = (selector: string): void => {
        const text = document.querySelector(selector)?.firstChild;
        if (text) document.getSelection()?.collapse(text, 1);
      };
      await page.evaluate(caretIn, '#split i');
      expect(await page.waitFor(probePopover, 10_000)).toMatch(/Ministry of Commerce|MOFCOM/);
      await page.evaluate(caretIn, '#blocks');
      await page.waitFor(popoverGone, 10_000);

      // A selection across a mention and the text around it is a reader clipping, not a mention: no popover.
      await page.evaluate(() => {
        const split = document.querySelector('#split');
        if (split) document.getSelection()?.selectAllChildren(split);
      }, null);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await page.evaluate(popoverGone, null)).toBe(true);

      await page.evaluate(caretIn, '#split i');
      await page.waitFor(probePopover, 10_000);
      await page.press('Escape');
      await page.waitFor(popoverGone, 10_000);
      await page.close();
    });

    it('highlights the page again when the background says the dataset changed', async () => {
      const page = await open('split.html');
      if (!driver) throw new Error('the browser did not start');
      const extension = await driver.openExtensionPage('src/popup/index.html');
      const answered = await extension.evaluate(
        async (url) => {
          const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
          const api = scope.browser ?? scope.chrome;
          // Match patterns carry no port, so the tab is found by its address.
          const tab = ((await api?.tabs.query({})) ?? []).find((t) => t.url === url);
          if (!api || tab?.id === undefined) return 'no tab';
          return api.tabs.sendMessage(tab.id, { lodestone: 1, method: 'datasetChanged', params: { version: 0 } });
        },
        `${server?.origin ?? ''}/split.html`,
      );
      expect(answered).toEqual({ ok: true, value: true });
      await pollPage(page, scanCount, null, (count) => count >= 2);
      expect(await page.evaluate(highlightTexts, null)).toContain('person:Howard Lutnick');
      await extension.close();
      await page.close();
    });
  });
}
