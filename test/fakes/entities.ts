/** Small, valid entities and snapshots for unit tests. */
import type { Entity, Position, Snapshot, Source, StatusStep } from '../../src/shared/dataset/schema.ts';

const source = {
  outlet: 'U.S. Department of Commerce',
  title: 'Secretary',
  url: 'https://www.commerce.gov/',
  date: '2025-02-21',
};

/** A person entity. */
export const lutnick: Entity = {
  id: 'howard-lutnick',
  kind: 'person',
  name: 'Howard Lutnick',
  aliases: [{ text: 'Howard Lutnick' }, { text: 'Lutnick', short: true }],
  summary: 'US Secretary of Commerce.',
  summarySources: ['s'],
  positions: [
    {
      title: 'Secretary of Commerce',
      organization: 'us-department-of-commerce',
      country: 'US',
      from: '2025-02-21',
      sources: ['s'],
    },
  ],
  related: [
    { id: 'us-department-of-commerce', relation: 'leads' },
    { id: 'not-in-dataset', relation: 'knows' },
  ],
  sources: { s: source },
};

/** An organization entity. */
export const commerce: Entity = {
  id: 'us-department-of-commerce',
  kind: 'organization',
  name: 'US Department of Commerce',
  aliases: [{ text: 'Commerce Department' }],
  summary: 'A US executive department.',
  summarySources: ['s'],
  organization: { type: 'ministry', country: 'US', sources: ['s'] },
  sources: { s: source },
};

/** A person who held these positions, citing `sources` (one Commerce source by default). */
export function personWith(
  positions: Position[],
  sources: Record<string, Source> = { s: source },
  summarySources = ['s'],
): Entity {
  return {
    id: 'a-person',
    kind: 'person',
    name: 'A Person',
    aliases: [{ text: 'A Person' }],
    summary: 'An official who held the posts listed.',
    summarySources,
    positions,
    sources,
  };
}

/** An export-control measure with these status steps, citing `sources` (one Commerce source by default). */
export function measureWith(
  status: StatusStep[],
  sources: Record<string, Source> = { s: source },
  summarySources = ['s'],
): Entity {
  return {
    id: 'eda-export-halt',
    kind: 'measure',
    name: 'Halt on shipments of chip design software',
    aliases: [{ text: 'halt on shipments of chip design software' }],
    summary: 'A licence requirement on chip design software for China.',
    summarySources,
    measure: { type: 'export-control', authority: ['us-department-of-commerce'], status, sources: summarySources },
    sources,
  };
}

/** A snapshot of the given entities. */
export function snapshotOf(version: number, entities: Entity[] = [lutnick, commerce]): Snapshot {
  return { format: 1, version, createdAt: `2026-11-${String(10 + version).padStart(2, '0')}T00:00:00.000Z`, entities };
}
