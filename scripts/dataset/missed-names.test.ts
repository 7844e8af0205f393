import { describe, expect, it } from 'vitest';
import { missedNames } from './missed-names.ts';

describe('missedNames', () => {
  it('lists capitalised runs no mention covers, without leading sentence words or possessives', () => {
    const block = "The Export-Import Bank of the United States lent money. Howard Lutnick's deal with CATL held.";
    const lutnick = block.indexOf('Howard');
    expect(missedNames(block, [{ start: lutnick, end: lutnick + 'Howard Lutnick'.length }])).toEqual([
      'Export-Import Bank of the United States',
      'CATL',
    ]);
  });

  it('keeps acronyms and longer single words, and drops short ones', () => {
    expect(missedNames('Talks in Oslo, Rome and Bonn with the EU and IMF.', [])).toEqual([
      'Talks',
      'Oslo',
      'Rome',
      'Bonn',
      'EU',
      'IMF',
    ]);
    expect(missedNames('Ah, Li and Wu met on Thursday in March.', [])).toEqual([]);
  });
});
