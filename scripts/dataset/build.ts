/** The dataset build as a function: validate, check, compile, and write the bundled snapshot, its matcher and the signed feed. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Snapshot } from '../../src/shared/dataset/schema.ts';
import { encodeCompiled } from '../../src/shared/matcher/compiled-bytes.ts';
import { compileMatcher } from '../../src/shared/matcher/compiled.ts';
import { compilePatterns } from '../../src/shared/matcher/patterns.ts';
import type { ManifestPayload } from '../../src/shared/feed/manifest.ts';
import type { SigningKey } from '../feed/signing-key.ts';
import { writeFeed } from '../feed/write-feed.ts';
import { checkReferences } from './check-refs.ts';
import { findAliasCollisions } from './collisions.ts';
import { compileSnapshot } from './compile.ts';
import { loadDataset, type DatasetError } from './load.ts';

/** Where the build reads and writes. */
export interface BuildOptions {
  datasetDir: string;
  /** The snapshot the extension bundles. */
  bundledSnapshot: string;
  /** The bundled snapshot's compiled matcher, which the extension ships so a first run need not compile it. */
  bundledMatcher: string;
  /** The bundled snapshot's version and creation time, read by a woken worker instead of the whole snapshot. */
  bundledInfo: string;
  /** The feed folder the sync serves. */
  feedDir: string;
  key: SigningKey;
  createdAt: string;
}

/** What a build produced, or the errors that stopped it. */
export type BuildOutcome =
  { ok: true; snapshot: Snapshot; manifest: ManifestPayload } | { ok: false; errors: DatasetError[] };

/** Runs the whole build; writes nothing when any check fails. */
export async function buildDataset(options: BuildOptions): Promise<BuildOutcome> {
  const dataset = await loadDataset(options.datasetDir);
  const errors = [...dataset.errors, ...checkReferences(dataset), ...findAliasCollisions(dataset.entities)];
  if (errors.length > 0) return { ok: false, errors };
  const snapshot = compileSnapshot(
    dataset.entities.map((e) => e.entity),
    dataset.sources,
    dataset.version,
    options.createdAt,
  );
  const bytes = new TextEncoder().encode(JSON.stringify(snapshot));
  await mkdir(dirname(options.bundledSnapshot), { recursive: true });
  await writeFile(options.bundledSnapshot, bytes);
  await writeFile(options.bundledMatcher, packageMatcher(snapshot));
  await writeFile(options.bundledInfo, bundledInfoOf(snapshot));
  const manifest = await writeFeed(options.feedDir, snapshot, bytes, options.key);
  return { ok: true, snapshot, manifest };
}

/** The compiled matcher of `snapshot`, as the bytes the extension ships. */
export function packageMatcher(snapshot: Snapshot): Uint8Array {
  return encodeCompiled(compileMatcher(compilePatterns(snapshot.entities, snapshot.version)), snapshot.createdAt);
}

/** The small file beside the bundled snapshot that names its version. */
export function bundledInfoOf(snapshot: Snapshot): string {
  return JSON.stringify({ version: snapshot.version, createdAt: snapshot.createdAt });
}

/** The default output paths, relative to the project root. */
export const DEFAULT_PATHS = {
  datasetDir: 'dataset',
  bundledSnapshot: join('public', 'dataset', 'snapshot.json'),
  bundledMatcher: join('public', 'dataset', 'matcher.bin'),
  bundledInfo: join('public', 'dataset', 'bundled.json'),
  feedDir: 'feed',
};
