import { describe, expect, it } from 'vitest';
import { checkCompiled } from './compiled-check.ts';
import { compiledSize, compileMatcher, COMPILED_FORMAT, type CompiledMatcher } from './compiled.ts';
import { matcherFromCompiled, newPageState } from './match.ts';
import { compilePatterns } from './patterns.ts';

const table = compilePatterns(
  [
    {
      id: 'howard-lutnick',
      kind: 'person',
      aliases: [{ text: 'Howard Lutnick' }, { text: 'Lutnick', short: true }],
    },
    { id: 'rare-earth-magnets', kind: 'commodity', aliases: [{ text: 'rare earth magnets' }, { text: 'battery' }] },
    {
      id: 'section-232-tariffs',
      kind: 'measure',
      aliases: [{ text: 'Section 232 tariffs' }, { text: 'chips', context: ['export'], exclude: ['potato chips'] }],
    },
    {
      id: 'mofcom',
      kind: 'organization',
      aliases: [{ text: 'MOFCOM' }, { text: 'Ally', case: 'exact', plural: true }],
    },
  ],
  7,
);

const TEXT =
  'Howard Lutnick said SECTION 232 TARIFFS, rare-earth magnets and batteries (not potato chips) matter; ' +
  'MOFCOM, Allies and export chips too. Lutnick’s team.';

function mentions(record: CompiledMatcher): string[] {
  const matcher = matcherFromCompiled(record);
  return matcher
    .find(TEXT, newPageState())
    .map((m) => `${TEXT.slice(m.start, m.end)}=${matcher.table.entities[m.entity]?.id ?? '?'}`);
}

describe('compiled matcher record', () => {
  it('survives structured clone: same arrays, same strings, same mentions', () => {
    const record = compileMatcher(table);
    const copy = structuredClone(record);
    expect(copy).toEqual(record);
    expect(copy.label).toBeInstanceOf(Uint16Array);
    expect(mentions(copy)).toEqual([
      'Howard Lutnick=howard-lutnick',
      'SECTION 232 TARIFFS=section-232-tariffs',
      'rare-earth magnets=rare-earth-magnets',
      'batteries=rare-earth-magnets',
      'MOFCOM=mofcom',
      'Allies=mofcom',
      'chips=section-232-tariffs',
      'Lutnick=howard-lutnick',
    ]);
    expect(matcherFromCompiled(copy).table).toEqual({ version: 7, entities: table.entities });
    expect(compiledSize(copy)).toBeGreaterThan(0);
  });

  it('stores derived case forms as flags, not strings', () => {
    const { stringText } = compileMatcher(table);
    expect(stringText).toContain('Section 232 tariffs');
    expect(stringText).not.toContain('SECTION 232 TARIFFS');
    expect(stringText).not.toContain('Section 232 Tariffs');
  });

  it('refuses records that are outdated, damaged or of the wrong shape', () => {
    const good = compileMatcher(table);
    const damaged: Array<[string, unknown]> = [
      ['format', { ...good, format: COMPILED_FORMAT + 1 }],
      ['Int32Array', { ...good, firstChild: Array.from(good.firstChild) }],
      ['length', { ...good, outStart: good.outStart.subarray(1) }],
      ['entity', { ...good, patternEntity: good.patternEntity.map(() => 99) }],
      ['children', { ...good, firstChild: good.firstChild.map((v, i) => (i === 1 ? 0 : v)) }],
      ['string', { ...good, stringStart: good.stringStart.map((v) => v * 2) }],
      ['kind', { ...good, entityKinds: good.entityKinds.map(() => 9) }],
      ['record', null],
    ];
    for (const [problem, record] of damaged) expect(() => checkCompiled(record), problem).toThrow(TypeError);
    expect(() => checkCompiled(good)).not.toThrow();
  });
});
