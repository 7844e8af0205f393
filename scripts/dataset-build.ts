/**
 * `npm run dataset:build`: validates `dataset/`, checks references and alias collisions, and writes the
 * snapshot the extension bundles plus the signed feed. Exits non-zero naming every error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { loadDataset } from './dataset/load.ts';
import { checkReferences } from './dataset/check-refs.ts';
import { compileSnapshot } from './dataset/compile.ts';

const root = resolve(process.argv[2] ?? 'dataset');
const dataset = await loadDataset(root);
const errors = [...dataset.errors, ...checkReferences(dataset)];
if (errors.length > 0) {
  for (const e of errors) console.error(`dataset/${e.file}: ${e.field}: ${e.message}`);
  console.error(`dataset:build: ${errors.length} error(s)`);
  process.exit(1);
}
const snapshot = compileSnapshot(
  dataset.entities.map((e) => e.entity),
  dataset.sources,
  dataset.version,
  new Date().toISOString(),
);
const out = join('public', 'dataset', 'snapshot.json');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(snapshot));
console.log(`dataset:build: ${snapshot.entities.length} entities, version ${snapshot.version} -> ${out}`);
