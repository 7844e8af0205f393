/** Launches Firefox ESR with the built extension installed, through puppeteer-core over WebDriver BiDi, as a `Driver`. */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { TimeoutError, type Page } from 'puppeteer-core';
import { recordDomAtLoad, type Driver, type DriverPage } from './driver.ts';

/** Where Debian installs Firefox ESR; override with FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The gecko id in the Firefox manifest. */
export const GECKO_ID = 'lodestone@lodestone.example';

function wrap(page: Page): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitFor: async (fn, timeoutMs = 30_000) =>
      (await page.waitForFunction(fn, { timeout: timeoutMs })).jsonValue() as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: async (keys) => {
      // Puppeteer presses one key: hold the modifiers of a chord ("Alt+ArrowUp") around it.
      const [key, ...modifiers] = keys.split('+').reverse();
      for (const modifier of modifiers) await page.keyboard.down(modifier as never);
      await page.keyboard.press(key as never);
      for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier as never);
    },
    click: (selector) => page.click(selector),
    close: () => page.close(),
  };
}

/**
 * Starts Firefox ESR headless and installs `dist/firefox` as a temporary add-on. The add-on's internal
 * UUID is fixed by a pref so that tests can open its pages.
 */
export async function launchFirefox(extensionPath = resolve('dist/firefox')): Promise<Driver> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(extensionPath);
  return {
    name: 'Firefox ESR',
    async openPage(url) {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(recordDomAtLoad);
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // Firefox loads moz-extension:// pages in another process and puppeteer never sees that
      // navigation finish, so readiness is the page's own state, not the navigation promise.
      void page.goto(`moz-extension://${uuid}/${path}`).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          await page.waitForFunction(
            () => location.protocol === 'moz-extension:' && document.readyState === 'complete',
            { timeout: Math.max(1, deadline - Date.now()) },
          );
          break;
        } catch (error) {
          // A poll that lands while the tab switches process can fail inside the browser's remote agent
          // ("Waiting failed"); only running out of time is an answer.
          if (error instanceof TimeoutError || Date.now() >= deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      return wrap(page);
    },
    close: () => browser.close(),
  };
}
