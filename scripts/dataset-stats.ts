/** `npm run dataset:stats`: prints counts over `dataset/` as a table. Exits non-zero if any entity has no source. */
import { compileSnapshot } from './dataset/compile.ts';
import { loadDataset } from './dataset/load.ts';
import { computeStats } from './dataset/stats.ts';

const dataset = await loadDataset(process.argv[2] ?? 'dataset');
const entities = dataset.entities.map((e) => e.entity);
const compiled = new Map(
  compileSnapshot(entities, dataset.sources, dataset.version, new Date().toISOString()).entities.map((e) => [e.id, e]),
);
const stats = computeStats(entities, (entity) => Object.keys(compiled.get(entity.id)?.sources ?? {}).length);

const rows: Array<[string, string | number]> = [
  ...Object.entries(stats.byKind)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]): [string, number] => [`entities: ${kind}`, n]),
  ['entities: total', stats.entities],
  ['aliases', stats.aliases],
  [
    'sources per entity (min / median / max)',
    `${stats.sourcesPerEntity.min} / ${stats.sourcesPerEntity.median} / ${stats.sourcesPerEntity.max}`,
  ],
  ['dated facts', stats.datedFacts],
  ['entities with a Wikidata id', stats.withWikidata],
  ['entities without a source', stats.withoutSource.length],
  ['files with errors', new Set(dataset.errors.map((e) => e.file)).size],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`dataset v${dataset.version}`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
if (stats.withoutSource.length > 0) {
  console.error(`without a source: ${stats.withoutSource.join(', ')}`);
  process.exit(1);
}
