/**
 * One small driver interface over Playwright (Chromium) and puppeteer-core (Firefox), so that every
 * end-to-end scenario is written once and runs in both browsers.
 */

/** A page in a browser with Lodestone loaded. */
export interface DriverPage {
  /** Runs a self-contained function in the page's main world. */
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<Awaited<T>>;
  /** Resolves with the first truthy result of `fn`, polled in the page. */
  waitFor<T>(fn: () => T | null | false, timeoutMs?: number): Promise<T>;
  /** Moves the mouse to viewport coordinates. */
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key, or a chord such as `Alt+ArrowUp` (modifiers first). */
  press(key: string): Promise<void>;
  /** Clicks the element matching a CSS selector. */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

/** A browser with Lodestone loaded. */
export interface Driver {
  /** The browser's name, for test titles. */
  name: string;
  /** Opens a web page; `__domBefore` holds the page's DOM as parsed, before any script of ours ran. */
  openPage(url: string): Promise<DriverPage>;
  /** Opens one of the extension's pages by its path in the package. */
  openExtensionPage(path: string): Promise<DriverPage>;
  close(): Promise<void>;
}

/**
 * Runs in every page before its scripts: records the DOM at DOMContentLoaded, before the content
 * script (document_idle) runs, and counts Lodestone's full passes (`lodestone:scanned` events).
 */
export function recordDomAtLoad(): void {
  const state = window as unknown as { __domBefore: string; __lodestoneScans: number };
  state.__lodestoneScans = 0;
  document.addEventListener('lodestone:scanned', () => (state.__lodestoneScans += 1));
  document.addEventListener('DOMContentLoaded', () => {
    state.__domBefore = document.documentElement.outerHTML;
  });
}
