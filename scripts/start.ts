/**
 * `npm start`: builds Lodestone, serves the bundled seed articles on 127.0.0.1 and opens Chromium with
 * the extension loaded on one of them. Where there is no display, `npm start -- --headless --screenshot
 * FILE` writes a screenshot of the article with its highlights and a popover open instead.
 *
 * Options: --article 000..004 (default 000), --headless, --screenshot FILE, --no-build.
 */
import { execSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/support/chromium.ts';
import { probeHighlights } from '../test/e2e/support/page-probes.ts';
import { serveFolder } from './dev/static-server.ts';

const { values } = parseArgs({
  options: {
    article: { type: 'string', default: '000' },
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'No display found. Run `npm start -- --headless --screenshot lodestone.png` to get a screenshot instead.',
  );
  process.exit(2);
}
if (!values['no-build']) execSync('npm run build', { stdio: 'inherit' });

const server = await serveFolder(resolve('test/fixtures/articles'));
const extension = resolve('dist/chrome');
const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'lodestone-start-')), {
  executablePath: CHROMIUM_PATH,
  headless: values.headless,
  viewport: { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...CHROMIUM_ARGS],
});
const page = context.pages()[0] ?? (await context.newPage());
const url = `${server.origin}/${values.article}.html`;
await page.goto(url);
console.log(`Lodestone is loaded in Chromium on ${url}`);

if (values.screenshot) {
  const mentions = await (await page.waitForFunction(probeHighlights, undefined, { timeout: 30_000 })).jsonValue();
  const first = mentions?.find((m) => m.text === 'Howard Lutnick' && m.rect) ?? mentions?.find((m) => m.rect);
  if (first?.rect) {
    await page.mouse.move(first.rect.x + first.rect.width / 2, first.rect.y + first.rect.height / 2);
    await page.waitForSelector('lodestone-popover', { state: 'attached', timeout: 10_000 });
  }
  await page.screenshot({ path: values.screenshot });
  console.log(`Screenshot with ${mentions?.length ?? 0} highlights written to ${values.screenshot}`);
  await context.close();
  await server.close();
} else {
  console.log('Close the browser window to stop.');
  context.on('close', () => void server.close());
}
