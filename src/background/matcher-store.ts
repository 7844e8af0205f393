/** The matcher of the active dataset, compiled once per dataset version and kept for the worker's life. */
import { createMatcher, type Matcher } from '../shared/matcher/match.ts';
import { compilePatterns } from '../shared/matcher/patterns.ts';
import type { LodestoneDb } from './db.ts';
import { readAllEntities, readDatasetInfo } from './dataset-store.ts';

let cached: { version: number; matcher: Promise<Matcher> } | null = null;

/** The matcher for the active dataset; rebuilt only when the dataset version changes. */
export async function loadMatcher(db: LodestoneDb): Promise<Matcher> {
  const info = await readDatasetInfo(db);
  if (!info) throw new Error('No dataset is installed yet.');
  if (cached?.version !== info.version) {
    const matcher = readAllEntities(db).then((entities) => createMatcher(compilePatterns(entities, info.version)));
    cached = { version: info.version, matcher };
    matcher.catch(() => (cached = null));
  }
  return cached.matcher;
}
