/** Counts over a dataset: by kind, aliases, sources per entity, dated facts, and entities without a source. */
import type { EntityFile } from '../../src/shared/dataset/schema.ts';

/** The numbers `dataset:stats` prints. */
export interface DatasetStats {
  byKind: Record<string, number>;
  entities: number;
  aliases: number;
  sourcesPerEntity: { min: number; median: number; max: number };
  datedFacts: number;
  withoutSource: string[];
  withWikidata: number;
}

/** Counts the dated facts of an entity: positions, supply facts, status steps. */
export function datedFacts(entity: EntityFile): number {
  switch (entity.kind) {
    case 'person':
      return entity.positions.length;
    case 'commodity':
      return entity.commodity.supply?.length ?? 0;
    case 'measure':
      return entity.measure.status.length;
    case 'organization':
      return 0;
  }
}

/** Computes the stats; `citedSources` counts the distinct sources an entity cites. */
export function computeStats(
  entities: readonly EntityFile[],
  citedSources: (entity: EntityFile) => number,
): DatasetStats {
  const byKind: Record<string, number> = {};
  const perEntity: number[] = [];
  const withoutSource: string[] = [];
  let aliases = 0;
  let facts = 0;
  let withWikidata = 0;
  for (const entity of entities) {
    byKind[entity.kind] = (byKind[entity.kind] ?? 0) + 1;
    aliases += entity.aliases.length;
    facts += datedFacts(entity);
    if (entity.wikidata) withWikidata++;
    const sources = citedSources(entity);
    perEntity.push(sources);
    if (sources === 0) withoutSource.push(entity.id);
  }
  perEntity.sort((a, b) => a - b);
  return {
    byKind,
    entities: entities.length,
    aliases,
    sourcesPerEntity: {
      min: perEntity[0] ?? 0,
      median: perEntity[Math.floor(perEntity.length / 2)] ?? 0,
      max: perEntity.at(-1) ?? 0,
    },
    datedFacts: facts,
    withoutSource,
    withWikidata,
  };
}
