/** Launches Debian's Chromium with the built extension loaded, through Playwright, as a `Driver`. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { recordDomAtLoad, type Driver, type DriverPage } from './driver.ts';

/** Where Debian installs Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every Chromium run here needs (root, no GPU, no calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function wrap(page: Page): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, timeoutMs = 30_000) =>
      (await page.waitForFunction(fn, undefined, { timeout: timeoutMs })).jsonValue() as never,
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    close: () => page.close(),
  };
}

/** Starts Chromium with `dist/chrome` loaded and waits for the extension's service worker. */
export async function launchChromium(extensionPath = resolve('dist/chrome')): Promise<Driver> {
  const profile = await mkdtemp(join(tmpdir(), 'lodestone-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...CHROMIUM_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    name: 'Chromium',
    async openPage(url) {
      const page = await context.newPage();
      await page.addInitScript(recordDomAtLoad);
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return wrap(page);
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
