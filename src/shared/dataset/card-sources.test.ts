import { describe, expect, it } from 'vitest';
import { measureWith, personWith } from '../../../test/fakes/entities.ts';
import { cardSources } from './card-sources.ts';
import { rolesAsOf } from './describe.ts';
import type { Entity } from './schema.ts';

/** A source whose title is its key, dated `date`. */
function source(key: string, date: string) {
  return { outlet: 'Outlet', title: key, url: `https://example.org/${key}`, date };
}

/** A trade minister until March 2026, then a central banker, with sources the card has no room for all of. */
const minister = personWith(
  [
    { title: 'Trade Minister', from: '2024-06', to: '2026-03', sources: ['sworn-in'] },
    { title: 'Central Bank Governor', from: '2026-03', sources: ['bank-move'] },
  ],
  {
    // Key order and file order both put the least telling sources first.
    aaa: source('aaa', '2024-01-01'),
    bank: source('bank', '2025-05-01'),
    'bank-move': source('bank-move', '2026-03-02'),
    interview: source('interview', '2025-11-20'),
    profile: source('profile', '2024-07-01'),
    'sworn-in': source('sworn-in', '2024-06-10'),
  },
  ['profile', 'bank-move'],
);

const titles = (entity: Entity, today: string, articleDay?: string, limit?: number) =>
  cardSources(entity, rolesAsOf(entity, today, articleDay), limit).map((s) => s.title);

describe('cardSources', () => {
  it("lists the sources behind the article day's line and today's first, then the summary's, then the newest", () => {
    expect(titles(minister, '2026-11-24', '2025-06-10')).toEqual(['sworn-in', 'bank-move', 'profile', 'interview']);
  });

  it("lists today's sources first when the article's day is unknown or not earlier", () => {
    expect(titles(minister, '2026-11-24')).toEqual(['bank-move', 'profile', 'interview', 'bank']);
    expect(titles(minister, '2026-11-24', '2026-11-24')).toEqual(['bank-move', 'profile', 'interview', 'bank']);
  });

  it('lists each source once and keeps to the limit', () => {
    expect(titles(minister, '2026-11-24', '2025-06-10', 2)).toEqual(['sworn-in', 'bank-move']);
    const all = titles(minister, '2026-11-24', '2025-06-10', 10);
    expect(all).toHaveLength(6);
    expect(new Set(all).size).toBe(6);
  });

  it("backs a measure's status with that step's sources", () => {
    const measure = measureWith(
      [
        { status: 'in-force', date: '2025-10-09', sources: ['bank'] },
        { status: 'suspended', date: '2025-11-10', until: '2026-11-10', sources: ['interview'] },
      ],
      minister.sources,
      ['aaa'],
    );
    expect(titles(measure, '2026-11-24', '2025-10-20', 3)).toEqual(['bank', 'interview', 'aaa']);
  });
});
