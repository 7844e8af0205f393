import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commerce, lutnick, snapshotOf } from '../../test/fakes/entities.ts';
import { newPageState, type Matcher } from '../shared/matcher/match.ts';
import { installSnapshot } from './dataset-store.ts';
import { openLodestoneDb, type LodestoneDb } from './db.ts';
import type { MatcherStoreHooks, StoredMatcher } from './matcher-store.ts';

const TEXT = 'Howard Lutnick at the Commerce Department; Lutnick said.';

let n = 0;
let db: LodestoneDb;
let builds: number[];
const hooks: MatcherStoreHooks = { onBuild: (version) => builds.push(version) };

/** `loadMatcher` from a fresh copy of its module: what a worker that was stopped and woken again runs. */
async function wokenLoad(): Promise<Matcher> {
  vi.resetModules();
  const { loadMatcher } = await import('./matcher-store.ts');
  return loadMatcher(db, hooks);
}

function found(matcher: Matcher): string[] {
  return matcher
    .find(TEXT, newPageState())
    .map((m) => `${TEXT.slice(m.start, m.end)}=${matcher.table.entities[m.entity]?.id}`);
}

beforeEach(async () => {
  db = await openLodestoneDb(`test-matcher-store-${++n}`);
  await installSnapshot(db, snapshotOf(1), 'bundled');
  builds = [];
});

describe('matcher store', () => {
  it('compiles once per dataset version and stores the compiled form', async () => {
    const matcher = await wokenLoad();
    expect(builds).toEqual([1]);
    expect(found(matcher)).toEqual([
      'Howard Lutnick=howard-lutnick',
      'Commerce Department=us-department-of-commerce',
      'Lutnick=howard-lutnick',
    ]);
    const stored = (await db.get('compiledMatcher', 1)) as StoredMatcher;
    expect(stored.createdAt).toBe(snapshotOf(1).createdAt);
    expect(stored.compiled.label).toBeInstanceOf(Uint16Array);
    const { loadMatcher } = await import('./matcher-store.ts');
    expect(await loadMatcher(db, hooks)).toBe(matcher);
    expect(builds).toEqual([1]);
  });

  it('reads the stored form back in a woken worker instead of compiling again', async () => {
    const first = await wokenLoad();
    const woken = await wokenLoad();
    // A new matcher (not the first worker's, from memory), and no second compilation.
    expect(woken).not.toBe(first);
    expect(builds).toEqual([1]);
    expect(found(woken)).toEqual(found(first));
    expect(woken.table.version).toBe(1);
  });

  it('compiles again for a new version and keeps only the active version stored', async () => {
    await wokenLoad();
    await installSnapshot(db, snapshotOf(2, [commerce]), 'bundled');
    const { loadMatcher } = await import('./matcher-store.ts');
    expect(found(await loadMatcher(db, hooks))).toEqual(['Commerce Department=us-department-of-commerce']);
    expect(builds).toEqual([1, 2]);
    expect(await db.getAllKeys('compiledMatcher')).toEqual([2]);
    await wokenLoad();
    expect(builds).toEqual([1, 2]);
  });

  it('compiles again when the stored form is damaged, outdated or made for another dataset', async () => {
    await wokenLoad();
    const stored = (await db.get('compiledMatcher', 1)) as StoredMatcher;
    await db.put('compiledMatcher', { ...stored, compiled: { ...stored.compiled, format: 0 } }, 1);
    expect(found(await wokenLoad())).toHaveLength(3);
    await db.put('compiledMatcher', { createdAt: stored.createdAt, compiled: 'garbage' }, 1);
    await wokenLoad();
    await installSnapshot(db, { ...snapshotOf(1, [lutnick]), createdAt: '2026-11-20T00:00:00.000Z' }, 'bundled');
    expect(found(await wokenLoad())).toEqual(['Howard Lutnick=howard-lutnick', 'Lutnick=howard-lutnick']);
    expect(builds).toEqual([1, 1, 1, 1]);
    expect(await wokenLoad()).toBeDefined();
    expect(builds).toHaveLength(4);
  });

  it('fails clearly before any dataset is installed', async () => {
    const empty = await openLodestoneDb(`test-matcher-store-${++n}`);
    const { loadMatcher } = await import('./matcher-store.ts');
    await expect(loadMatcher(empty)).rejects.toThrow(/No dataset/);
  });
});
