import { describe, expect, it } from 'vitest';
import type { Clipping } from '../messaging/protocol.ts';
import { clippingMatches, foldForSearch, queryTerms } from './search.ts';

const clip: Clipping = {
  id: 'c1',
  quote: 'Talks went on all day, Lutnick told reporters in London.',
  url: 'https://example.com/news/us-china-talks',
  title: 'US Seen Easing Chip Curbs',
  createdAt: '2025-06-10T12:00:00.000Z',
  entityIds: ['howard-lutnick', 'mofcom'],
};
const names = new Map([
  ['howard-lutnick', 'Howard Lutnick'],
  ['mofcom', 'Ministry of Commerce of the People’s Republic of China'],
]);

describe('clipping search', () => {
  it('folds case, accents and curly apostrophes', () => {
    expect(foldForSearch('Café DÉJÀ people’s')).toBe("cafe deja people's");
    expect(queryTerms('  Lutnick   LONDON ')).toEqual(['lutnick', 'london']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('needs every word, found in the quote, title, address or entity names', () => {
    expect(clippingMatches(clip, queryTerms('london lutnick'), names)).toBe(true);
    expect(clippingMatches(clip, queryTerms('chip curbs'), names)).toBe(true);
    expect(clippingMatches(clip, queryTerms('example.com'), names)).toBe(true);
    expect(clippingMatches(clip, queryTerms("people's republic"), names)).toBe(true);
    expect(clippingMatches(clip, queryTerms('Howard'), names)).toBe(true);
    expect(clippingMatches(clip, queryTerms('london beijing'), names)).toBe(false);
    expect(clippingMatches(clip, queryTerms('Howard'), new Map())).toBe(false);
  });

  it('matches everything for a blank query', () => {
    expect(clippingMatches(clip, [], names)).toBe(true);
  });
});
