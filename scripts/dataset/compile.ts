/** Compiles validated entity files into the snapshot the extension ships and the feed serves. */
import type { AliasRule, EntityFile, Snapshot, Source } from '../../src/shared/dataset/schema.ts';

/**
 * An alias of an entity file as the matcher reads it: a bare string becomes `{ text }`, and each
 * `notAfter` word becomes the exclusion "word alias", after the alias's own exclusions.
 */
export function aliasRule(alias: EntityFile['aliases'][number]): AliasRule {
  if (typeof alias === 'string') return { text: alias };
  const { notAfter, ...rule } = alias;
  if (!notAfter) return rule;
  return { ...rule, exclude: [...(rule.exclude ?? []), ...notAfter.map((word) => `${word} ${rule.text}`)] };
}

/** Keeps only the sources an entity cites, resolving shared keys from the registry. */
function citedSources(entity: EntityFile, registry: Record<string, Source>): Record<string, Source> {
  const keys = new Set<string>();
  JSON.stringify(entity, (key, value: unknown) => {
    if ((key === 'sources' || key === 'summarySources') && Array.isArray(value))
      value.forEach((k) => keys.add(String(k)));
    return value;
  });
  const out: Record<string, Source> = {};
  for (const key of [...keys].sort()) {
    const source = entity.sources?.[key] ?? registry[key];
    if (source) out[key] = source;
  }
  return out;
}

/** Builds the snapshot; entities are sorted by id so the same data always gives the same bytes. */
export function compileSnapshot(
  entities: EntityFile[],
  registry: Record<string, Source>,
  version: number,
  createdAt: string,
): Snapshot {
  const compiled = entities
    .map((entity) => ({ ...entity, aliases: entity.aliases.map(aliasRule), sources: citedSources(entity, registry) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { format: 1, version, createdAt, entities: compiled };
}
