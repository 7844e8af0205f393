import { serveScriptFree as serveFolder } from '../test/e2e/support/script-free-server.ts';
import { ARTICLES_DIR, CORPUS_DIR, listCorpusPages } from '../test/e2e/support/corpus-pages.ts';
import { visitAll } from '../test/e2e/support/corpus-visit.ts';
import { launchTracedChromium } from '../test/e2e/support/traced-chromium.ts';
const servers = { corpus: await serveFolder(CORPUS_DIR), articles: await serveFolder(ARTICLES_DIR) };
const t0 = Date.now();
const browser = await launchTracedChromium();
console.log('launch', Date.now() - t0);
const pages = listCorpusPages().slice(0, Number(process.argv[2] ?? 20));
let last = Date.now();
const r = await visitAll(browser, pages, servers, (n) => {
  console.log(n, Date.now() - last);
  last = Date.now();
});
console.log('total', Date.now() - t0, [...r.values()].map((v) => v.work?.longestMs.toFixed(1)).join(' '));
await browser.close();
process.exit(0);
