/**
 * The page benchmark's dataset: the real one plus synthetic entities up to a number of aliases,
 * as a snapshot the extension installs (every field valid), and an extension build that bundles it.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity, Snapshot } from '../src/shared/dataset/schema.ts';
import { bundledInfoOf, packageMatcher } from '../scripts/dataset/build.ts';
import { syntheticDataset } from './synthetic-dataset.ts';

const SOURCE = { outlet: 'Lodestone benchmarks', title: 'Synthetic entity', date: '2026-01-01' };

/** A synthetic entity with the least facts its kind needs to be valid. */
function completeEntity(entity: ReturnType<typeof syntheticDataset>[number]): Entity {
  const first = entity.aliases[0];
  const base = {
    id: entity.id,
    name: typeof first === 'string' ? first : (first?.text ?? entity.id),
    aliases: entity.aliases.map((alias) => (typeof alias === 'string' ? { text: alias } : alias)),
    summary: 'A synthetic entity for benchmarks.',
    summarySources: ['s'],
    sources: { s: SOURCE },
  };
  switch (entity.kind) {
    case 'person':
      return { ...base, kind: 'person', positions: [{ title: 'Official', from: '2025', sources: ['s'] }] };
    case 'organization':
      return { ...base, kind: 'organization', organization: { type: 'agency', country: 'XX', sources: ['s'] } };
    case 'commodity':
      return { ...base, kind: 'commodity', commodity: { what: 'A good', uses: ['industry'], sources: ['s'] } };
    case 'measure':
      return {
        ...base,
        kind: 'measure',
        measure: {
          type: 'tariff',
          authority: [entity.id],
          status: [{ status: 'announced', date: '2025', sources: ['s'] }],
          sources: ['s'],
        },
      };
  }
}

/** The number of aliases of a snapshot. */
export function aliasCount(snapshot: Snapshot): number {
  return snapshot.entities.reduce((sum, entity) => sum + entity.aliases.length, 0);
}

/** The real snapshot plus synthetic entities up to `aliases` aliases in all, as a newer version. */
export function grownSnapshot(real: Snapshot, aliases: number): Snapshot {
  const missing = aliases - aliasCount(real);
  const synthetic = missing > 0 ? syntheticDataset(missing, 7).map(completeEntity) : [];
  return { ...real, version: real.version + 1, entities: [...real.entities, ...synthetic] };
}

/** Copies the built extension into a temporary folder with `snapshot` (and its matcher) as its bundled dataset. */
export async function extensionWithSnapshot(built: string, snapshot: Snapshot): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'lodestone-bench-ext-'));
  await cp(built, folder, { recursive: true });
  await writeFile(join(folder, 'dataset', 'snapshot.json'), JSON.stringify(snapshot));
  // The matcher the build ships beside the snapshot, compiled for this one as the build would.
  await writeFile(join(folder, 'dataset', 'matcher.bin'), packageMatcher(snapshot));
  await writeFile(join(folder, 'dataset', 'bundled.json'), bundledInfoOf(snapshot));
  return folder;
}

/** Reads the snapshot a built extension bundles. */
export async function bundledSnapshot(built: string): Promise<Snapshot> {
  return JSON.parse(await readFile(join(built, 'dataset', 'snapshot.json'), 'utf8')) as Snapshot;
}
