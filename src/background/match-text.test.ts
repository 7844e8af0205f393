import { describe, expect, it } from 'vitest';
import { lutnick, commerce } from '../../test/fakes/entities.ts';
import { createMatcher } from '../shared/matcher/match.ts';
import { compilePatterns } from '../shared/matcher/patterns.ts';
import { matchText, MAX_BLOCKS, MAX_CHARS, validateMatchText } from './match-text.ts';

const matcher = createMatcher(compilePatterns([lutnick, commerce], 1));

describe('matchText', () => {
  it('matches blocks in order, carrying full names from block to block and call to call', () => {
    const first = matchText(matcher, { blocks: ['Howard Lutnick arrived.', 'Lutnick spoke.'], seenFull: [] });
    expect(first.mentions).toEqual([
      [{ start: 0, end: 14, entityId: 'howard-lutnick', kind: 'person' }],
      [{ start: 0, end: 7, entityId: 'howard-lutnick', kind: 'person' }],
    ]);
    expect(first.seenFull).toEqual(['howard-lutnick']);
    expect(matchText(matcher, { blocks: ['Lutnick left.'], seenFull: [] }).mentions).toEqual([[]]);
    expect(matchText(matcher, { blocks: ['Lutnick left.'], seenFull: first.seenFull }).mentions[0]).toHaveLength(1);
  });

  it('drops seen ids the dataset no longer has', () => {
    expect(matchText(matcher, { blocks: [], seenFull: ['gone', 'howard-lutnick'] })).toEqual({
      mentions: [],
      seenFull: ['howard-lutnick'],
    });
  });

  it('refuses malformed or oversized requests', () => {
    expect(() => validateMatchText(null)).toThrow();
    expect(() => validateMatchText({ blocks: 'text', seenFull: [] })).toThrow();
    expect(() => validateMatchText({ blocks: ['a'], seenFull: [1] })).toThrow();
    expect(() =>
      validateMatchText({ blocks: Array.from({ length: MAX_BLOCKS + 1 }, () => 'a'), seenFull: [] }),
    ).toThrow();
    expect(() => validateMatchText({ blocks: ['a'.repeat(MAX_CHARS + 1)], seenFull: [] })).toThrow();
    expect(validateMatchText({ blocks: ['a'], seenFull: ['x'], extra: 1 })).toEqual({ blocks: ['a'], seenFull: ['x'] });
  });
});
