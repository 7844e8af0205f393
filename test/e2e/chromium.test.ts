/** Lodestone end to end in Chromium: highlights, popover and clippings on a seed article served from 127.0.0.1. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium.ts';
import { probeHighlights, probePopover, selectSentence, serializeDom, type ProbedMention } from './support/page-probes.ts';
import { serveFolder, type StaticServer } from './support/static-server.ts';

let browser: ChromiumSession;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder(resolve('test/fixtures/articles'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a seed article and waits until Lodestone has registered its highlights. */
async function openArticle(name: string): Promise<{ page: Page; mentions: ProbedMention[] }> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __domBefore: string }).__domBefore = document.documentElement.outerHTML;
    });
  });
  await page.goto(`${server.origin}/${name}.html`);
  const handle = await page.waitForFunction(probeHighlights, undefined, { timeout: 30_000 });
  return { page, mentions: (await handle.jsonValue()) as ProbedMention[] };
}

describe('Chromium', () => {
  it('highlights each kind on seed article 000, never the pronoun "He", without changing the DOM', async () => {
    const { page, mentions } = await openArticle('000');
    const kinds = new Set(mentions.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['commodity', 'measure', 'organization', 'person']);
    const texts = mentions.map((m) => m.text);
    expect(texts).toContain('Howard Lutnick');
    expect(texts).toContain('He Lifeng');
    expect(texts.filter((t) => /^he$/i.test(t))).toEqual([]);
    const before = await page.evaluate(() => (window as unknown as { __domBefore: string }).__domBefore);
    expect(await page.evaluate(serializeDom)).toBe(before);
    await page.close();
  });

  it('shows the popover of Howard Lutnick on hover, and closes it on Esc', async () => {
    const { page, mentions } = await openArticle('000');
    const lutnick = mentions.find((m) => m.text === 'Howard Lutnick' && m.rect);
    if (!lutnick?.rect) throw new Error('Howard Lutnick is not highlighted');
    await page.mouse.move(lutnick.rect.x + lutnick.rect.width / 2, lutnick.rect.y + lutnick.rect.height / 2);
    const text = await page.waitForFunction(probePopover, undefined, { timeout: 10_000 });
    expect(await text.jsonValue()).toContain('Secretary of Commerce');
    expect(await page.evaluate(() => document.querySelector('lodestone-popover')?.matches(':popover-open'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('lodestone-popover') === null);
    await page.close();
  });

  it('saves a selected sentence from the popup and lists it', async () => {
    const { page } = await openArticle('000');
    const sentence = await page.evaluate(selectSentence, 'Lutnick told reporters');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await popup.getByRole('button', { name: 'Save selection' }).click();
    const item = popup.getByTestId('clipping').first();
    await item.waitFor();
    expect(await item.locator('blockquote').textContent()).toBe(sentence);
    expect(await item.textContent()).toContain('entities');
    await popup.close();
    await page.close();
  });
});
