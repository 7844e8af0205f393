/** Which of an entity's sources a popover lists, when it has room for only a few. */
import { positionsNamed, statusOn, type DatedRole } from './describe.ts';
import type { Entity, Source } from './schema.ts';

/** How many sources a card lists. */
const CARD_SOURCES = 4;

/** The keys of the sources behind an entity's role line on `date`. */
function roleSourceKeys(entity: Entity, date: string): string[] {
  switch (entity.kind) {
    case 'person':
      return positionsNamed(entity.positions, date).positions.flatMap((p) => p.sources);
    case 'organization':
      return entity.organization.sources;
    case 'commodity':
      return entity.commodity.sources;
    case 'measure':
      return statusOn(entity.measure.status, date)?.sources ?? [];
  }
}

/**
 * The sources a card lists, at most `limit`: taken in turn from those behind each of the card's role
 * lines (`rolesAsOf`, the article's day first), the summary's, and all the others, newest first; so
 * each line the card shows is backed by a source in view, where key order would say nothing.
 */
export function cardSources(entity: Entity, roles: readonly DatedRole[], limit = CARD_SOURCES): Source[] {
  const newestFirst = Object.keys(entity.sources).sort((a, b) =>
    (entity.sources[b]?.date ?? '').localeCompare(entity.sources[a]?.date ?? ''),
  );
  const groups = [...roles.map((role) => roleSourceKeys(entity, role.date)), entity.summarySources, newestFirst];
  const picked = new Set<string>();
  for (let round = 0; picked.size < limit && groups.some((g) => g.length > round); round++) {
    for (const group of groups) {
      const key = group[round];
      if (key === undefined || picked.has(key) || !entity.sources[key]) continue;
      picked.add(key);
      if (picked.size === limit) break;
    }
  }
  return [...picked].flatMap((key) => entity.sources[key] ?? []);
}
