/**
 * The matcher benchmark's page side, bundled into a test page: `store` compiles a synthetic dataset
 * and keeps the record in the page's IndexedDB; `wake`, run after the browser restarted, reads it
 * back and scans a page, the way a background worker that just woke does (on the WebAssembly core,
 * or in JavaScript alone).
 */
import { compileMatcher } from '../src/shared/matcher/compiled.ts';
import { matcherFromCompiled, newPageState, type Matcher } from '../src/shared/matcher/match.ts';
import { compilePatterns } from '../src/shared/matcher/patterns.ts';
import { syntheticDataset, syntheticPage } from './synthetic-dataset.ts';

/** What `wake` measured, in milliseconds. */
export interface WakeResult {
  /** The core that scanned. */
  core: Matcher['core'];
  read: number;
  load: number;
  firstPage: number;
  pages: number[];
  /** Mean time of one block, per block, over repeated finds. */
  blocks: number[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openStore(): Promise<IDBDatabase> {
  const open = indexedDB.open('matcher-bench', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('records');
  return request(open);
}

function scan(matcher: Matcher, blocks: readonly string[]): void {
  const state = newPageState();
  for (const block of blocks) matcher.find(block, state);
}

async function store(size: number): Promise<number> {
  const start = performance.now();
  const record = compileMatcher(compilePatterns(syntheticDataset(size), 1));
  const build = performance.now() - start;
  const db = await openStore();
  const tx = db.transaction('records', 'readwrite');
  tx.objectStore('records').put(record, size);
  // Committed, not just requested: the browser is closed right after.
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
  });
  db.close();
  return build;
}

async function wake(size: number, chars: number, runs: number, javascriptOnly: boolean): Promise<WakeResult> {
  const blocks = syntheticPage(syntheticDataset(size), chars);
  let start = performance.now();
  const db = await openStore();
  const record: unknown = await request(db.transaction('records').objectStore('records').get(size));
  const read = performance.now() - start;
  start = performance.now();
  const matcher = matcherFromCompiled(record as Parameters<typeof matcherFromCompiled>[0], { javascriptOnly });
  const load = performance.now() - start;
  start = performance.now();
  scan(matcher, blocks);
  const firstPage = performance.now() - start;
  const pages: number[] = [];
  for (let run = 0; run < runs; run++) {
    start = performance.now();
    scan(matcher, blocks);
    pages.push(performance.now() - start);
  }
  const state = newPageState();
  const perBlock = blocks.map((block) => {
    start = performance.now();
    for (let k = 0; k < 20; k++) matcher.find(block, state);
    return (performance.now() - start) / 20;
  });
  db.close();
  return { core: matcher.core, read, load, firstPage, pages, blocks: perBlock };
}

Object.assign(globalThis, { matcherBench: { store, wake } });
