/**
 * The matcher of the active dataset. It is compiled once per dataset version and stored in the
 * `compiledMatcher` store, so a worker that wakes up reads the compiled arrays back (one structured
 * clone) instead of compiling the dictionary again; it is then kept in memory for the worker's life.
 */
import type { PackagedMatcher } from '../shared/matcher/compiled-bytes.ts';
import { compileMatcher, type CompiledMatcher } from '../shared/matcher/compiled.ts';
import { matcherFromCompiled, type Matcher } from '../shared/matcher/match.ts';
import { compilePatterns } from '../shared/matcher/patterns.ts';
import type { DatasetInfo } from '../shared/messaging/protocol.ts';
import type { LodestoneDb } from './db.ts';
import { readDatasetInfo } from './dataset-store.ts';

/** What the `compiledMatcher` store holds under a dataset version. */
export interface StoredMatcher {
  /** The dataset's `createdAt`: a record made for another dataset of the same version is not used. */
  createdAt: string;
  compiled: CompiledMatcher;
}

/** Observers for tests and diagnostics, and the matcher the extension ships. */
export interface MatcherStoreHooks {
  /** Called when the matcher is compiled rather than read back. */
  onBuild?: (version: number) => void;
  /** The bundled dataset's matcher, compiled by the build: used instead of compiling when it fits the dataset. */
  packaged?: () => Promise<PackagedMatcher | null>;
}

let cached: { key: string; matcher: Promise<Matcher> } | null = null;

const keyOf = (info: Pick<DatasetInfo, 'version' | 'createdAt'>): string => `${info.version} ${info.createdAt}`;

const keyOfPackaged = (packaged: PackagedMatcher): string =>
  keyOf({ version: packaged.compiled.version, createdAt: packaged.createdAt });

/** True when the packaged matcher was compiled from the dataset `info` describes. */
export function isMatcherOf(packaged: PackagedMatcher, info: Pick<DatasetInfo, 'version' | 'createdAt'>): boolean {
  return keyOf(info) === keyOfPackaged(packaged);
}

/** The stored matcher for `info`, or null when there is none or it is outdated or damaged. */
async function readStored(db: LodestoneDb, info: DatasetInfo): Promise<Matcher | null> {
  const stored = (await db.get('compiledMatcher', info.version)) as Partial<StoredMatcher> | undefined;
  if (stored?.createdAt !== info.createdAt || stored.compiled === undefined) return null;
  try {
    return matcherFromCompiled(stored.compiled);
  } catch {
    // Written by an older matcher format, or damaged: compiling again replaces it.
    return null;
  }
}

/** Compiles the active dataset's matcher (or takes the packaged one) and stores it in place of any other version's. */
async function build(db: LodestoneDb, hooks: MatcherStoreHooks): Promise<Matcher> {
  const active = await readDatasetInfo(db);
  // Only a bundled dataset can be the packaged matcher's: a synced one never reads the package.
  const packaged = active?.origin === 'bundled' ? await hooks.packaged?.() : null;
  let info: DatasetInfo | undefined;
  let compiled: CompiledMatcher;
  if (packaged && active && isMatcherOf(packaged, active)) {
    info = active;
    compiled = packaged.compiled;
  } else {
    // Info and entities come from one transaction, so they belong to the same dataset.
    const read = db.transaction(['datasetMeta', 'entities']);
    const [meta, entities] = await Promise.all([
      read.objectStore('datasetMeta').get('active'),
      read.objectStore('entities').getAll(),
    ]);
    info = meta;
    if (!info) throw new Error('No dataset is installed yet.');
    compiled = compileMatcher(compilePatterns(entities, info.version));
    hooks.onBuild?.(info.version);
  }
  const record: StoredMatcher = { createdAt: info.createdAt, compiled };
  try {
    const write = db.transaction('compiledMatcher', 'readwrite');
    const others = (await write.store.getAllKeys()).filter((key) => key !== info.version);
    await Promise.all([
      ...others.map((key) => write.store.delete(key)),
      write.store.put(record, info.version),
      write.done,
    ]);
  } catch {
    // Storing is an optimisation: a full disk only means the next woken worker compiles again.
  }
  return matcherFromCompiled(compiled);
}

/** The matcher for the active dataset: from memory, else from storage, else compiled (and stored). */
export async function loadMatcher(db: LodestoneDb, hooks: MatcherStoreHooks = {}): Promise<Matcher> {
  const info = await readDatasetInfo(db);
  if (!info) throw new Error('No dataset is installed yet.');
  if (cached?.key !== keyOf(info)) {
    const matcher = readStored(db, info).then((stored) => stored ?? build(db, hooks));
    const entry = { key: keyOf(info), matcher };
    cached = entry;
    matcher.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.matcher;
}

/**
 * The packaged matcher, before its dataset is installed (a first run): pages are matched with it at
 * once, and once the bundled dataset it was compiled from is active, `loadMatcher` returns it too.
 */
export function usePackagedMatcher(packaged: PackagedMatcher): Promise<Matcher> {
  const key = keyOfPackaged(packaged);
  if (cached?.key !== key) cached = { key, matcher: Promise.resolve(matcherFromCompiled(packaged.compiled)) };
  return cached.matcher;
}
