import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotOf } from '../../test/fakes/entities.ts';
import { decodeCompiled, encodeCompiled, type PackagedMatcher } from '../shared/matcher/compiled-bytes.ts';
import { compileMatcher } from '../shared/matcher/compiled.ts';
import { newPageState, type Matcher } from '../shared/matcher/match.ts';
import { compilePatterns } from '../shared/matcher/patterns.ts';
import { installSnapshot, readDatasetInfo } from './dataset-store.ts';
import { openLodestoneDb, type LodestoneDb } from './db.ts';

const TEXT = 'Howard Lutnick at the Commerce Department.';
const bundled = snapshotOf(3);

/** The bytes the build ships for a snapshot. */
function packageOf(snapshot = bundled): ArrayBuffer {
  const compiled = compileMatcher(compilePatterns(snapshot.entities, snapshot.version));
  return encodeCompiled(compiled, snapshot.createdAt).slice().buffer;
}

function found(matcher: Matcher): string[] {
  return matcher.find(TEXT, newPageState()).map((m) => matcher.table.entities[m.entity]?.id ?? '?');
}

let n = 0;
let db: LodestoneDb;

beforeEach(async () => {
  db = await openLodestoneDb(`test-page-matcher-${++n}`);
  vi.resetModules();
});

/** A fresh worker: modules as after a start, with `ready` under the test's control. */
async function worker(packaged: () => Promise<PackagedMatcher | null>, ready: () => Promise<LodestoneDb>) {
  const { createPageMatcher } = await import('./page-matcher.ts');
  const { loadMatcher } = await import('./matcher-store.ts');
  const builds: number[] = [];
  const activeAtStart = readDatasetInfo(db);
  let isReady = false;
  const pageMatcher = createPageMatcher({
    activeAtStart: () => activeAtStart,
    isReady: () => isReady,
    ready: () => ready().then((value) => ((isReady = true), value)),
    bundled: () => Promise.resolve({ version: bundled.version, createdAt: bundled.createdAt }),
    packaged,
  });
  return { pageMatcher, loadMatcher: () => loadMatcher(db, { packaged, onBuild: (v) => builds.push(v) }), builds };
}

describe('page matcher', () => {
  it('matches with the packaged matcher on a first run, before the bundled dataset is installed', async () => {
    const packaged = () => Promise.resolve(decodeCompiled(packageOf()));
    // The install never finishes during this test: matching must not wait for it.
    const { pageMatcher, loadMatcher, builds } = await worker(packaged, () => new Promise(() => undefined));
    const early = await pageMatcher();
    expect(found(early)).toEqual(['howard-lutnick', 'us-department-of-commerce']);
    expect(early.table.version).toBe(3);

    await installSnapshot(db, bundled, 'bundled');
    expect(await pageMatcher()).toBe(early);
    // Once the dataset it was made from is active, the same matcher serves it: nothing compiled.
    expect(await loadMatcher()).toBe(early);
    expect(builds).toEqual([]);
  });

  it('a woken worker whose dataset is the bundled one takes the packaged matcher instead of compiling', async () => {
    await installSnapshot(db, bundled, 'bundled');
    const packaged = () => Promise.resolve(decodeCompiled(packageOf()));
    const { pageMatcher, builds } = await worker(packaged, () => Promise.resolve(db));
    expect(found(await pageMatcher())).toEqual(['howard-lutnick', 'us-department-of-commerce']);
    expect(builds).toEqual([]);
    expect((await pageMatcher()).table.version).toBe(3);
  });

  it('a worker whose synced dataset is newer than the bundled one never matches with the packaged matcher', async () => {
    await installSnapshot(db, snapshotOf(5), 'feed');
    let reads = 0;
    const packaged = () => ((reads += 1), Promise.resolve(decodeCompiled(packageOf())));
    const { pageMatcher, builds } = await worker(packaged, () => Promise.resolve(db));
    expect((await pageMatcher()).table.version).toBe(5);
    // The bundled version alone says the package is of no use: it is not even read.
    expect(reads).toBe(0);
    expect(builds).toEqual([]);
    expect(await db.get('compiledMatcher', 5)).toBeDefined();
  });

  it('compiles when the packaged matcher was made for another dataset, or cannot be read', async () => {
    await installSnapshot(db, snapshotOf(4), 'feed');
    const stale = () => Promise.resolve(decodeCompiled(packageOf()));
    const first = await worker(stale, () => Promise.resolve(db));
    expect((await first.loadMatcher()).table.version).toBe(4);
    expect(first.builds).toEqual([4]);

    vi.resetModules();
    await db.clear('compiledMatcher');
    const { packagedMatcherLoader } = await import('./page-matcher.ts');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const damaged = packagedMatcherLoader(() => Promise.resolve(new ArrayBuffer(16)));
    expect(await damaged()).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    const second = await worker(damaged, () => Promise.resolve(db));
    expect(await second.loadMatcher()).toBe(await second.pageMatcher());
    expect(second.builds).toEqual([4]);
    warn.mockRestore();
  });
});
