import { describe, expect, it } from 'vitest';
import type { Clipping } from '../messaging/protocol.ts';
import { ClippingSearch, foldForSearch, queryTerms } from './search.ts';

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
    const search = new ClippingSearch([clip], names);
    const finds = (query: string): boolean => search.filter(queryTerms(query)).length === 1;
    expect(finds('london lutnick')).toBe(true);
    expect(finds('chip curbs')).toBe(true);
    expect(finds('example.com')).toBe(true);
    expect(finds("people's republic")).toBe(true);
    expect(finds('Howard')).toBe(true);
    expect(finds('london beijing')).toBe(false);
    expect(new ClippingSearch([clip], new Map()).filter(queryTerms('Howard'))).toEqual([]);
  });

  it('keeps the list order, and gives the whole list for a blank query', () => {
    const other: Clipping = { ...clip, id: 'c2', quote: 'Bessent met He Lifeng in Geneva.', entityIds: [] };
    const list = [clip, other, { ...clip, id: 'c3', quote: 'Lutnick again, in Geneva.' }];
    const search = new ClippingSearch(list, names);
    expect(search.filter([])).toBe(list);
    expect(search.filter(queryTerms('geneva')).map((c) => c.id)).toEqual(['c2', 'c3']);
    expect(search.filter(queryTerms('geneva lutnick')).map((c) => c.id)).toEqual(['c3']);
    expect(search.filter(queryTerms('GENÈVE'))).toEqual([]);
  });
});
