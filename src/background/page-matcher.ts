/**
 * The matcher that answers pages. On a first run the bundled dataset takes a while to install (at
 * tens of thousands of aliases, seconds); the extension ships that dataset's compiled matcher, so
 * pages are matched with it at once instead of waiting for the install and a compile.
 */
import type { PackagedMatcher } from '../shared/matcher/compiled-bytes.ts';
import { decodeCompiled } from '../shared/matcher/compiled-bytes.ts';
import type { Matcher } from '../shared/matcher/match.ts';
import type { DatasetInfo } from '../shared/messaging/protocol.ts';
import type { BundledInfo } from './bundled-dataset.ts';
import type { LodestoneDb } from './db.ts';
import { isMatcherOf, loadMatcher, usePackagedMatcher } from './matcher-store.ts';

/** What the page matcher works with. */
export interface PageMatcherDeps {
  /**
   * The dataset that was active when the worker started, read before any install could begin: an
   * install holds the dataset's stores for its whole transaction, and matching must not wait on it.
   */
  activeAtStart: () => Promise<DatasetInfo | null>;
  /** True once `ready` has resolved: the bundled dataset is installed if it had to be. */
  isReady: () => boolean;
  /** The database once a dataset is installed. */
  ready: () => Promise<LodestoneDb>;
  /** The bundled dataset's version and creation time (a small file), or null when it cannot be read. */
  bundled: () => Promise<BundledInfo | null>;
  /** The packaged matcher, or null when the package has none that can be read. */
  packaged: () => Promise<PackagedMatcher | null>;
}

/** True when the bundled dataset is, or is about to be, the active one: the packaged matcher is its matcher. */
function bundledIsActive(active: DatasetInfo | null, bundled: BundledInfo): boolean {
  return (
    !active ||
    active.version < bundled.version ||
    (active.version === bundled.version && active.createdAt === bundled.createdAt)
  );
}

/** Returns the function that gives the matcher for the next page request. */
export function createPageMatcher({
  activeAtStart,
  isReady,
  ready,
  bundled,
  packaged,
}: PageMatcherDeps): () => Promise<Matcher> {
  return async () => {
    if (!isReady()) {
      // The small file decides: a worker whose synced dataset is newer never reads the package.
      const [active, info] = await Promise.all([activeAtStart(), bundled()]);
      const early = info && bundledIsActive(active, info) ? await packaged() : null;
      if (early && info && isMatcherOf(early, info)) return usePackagedMatcher(early);
    }
    return loadMatcher(await ready(), { packaged });
  };
}

/** Reads the packaged matcher once per worker life; a missing or damaged file gives null (the dataset is compiled instead). */
export function packagedMatcherLoader(load: () => Promise<ArrayBuffer>): () => Promise<PackagedMatcher | null> {
  let result: Promise<PackagedMatcher | null> | null = null;
  return () =>
    (result ??= load()
      .then(decodeCompiled)
      .catch((error: unknown) => {
        console.warn('Lodestone: the packaged matcher cannot be used; the dataset will be compiled.', error);
        return null;
      }));
}
