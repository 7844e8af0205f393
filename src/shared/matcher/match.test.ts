import { describe, expect, it } from 'vitest';
import type { AliasRule, Entity } from '../dataset/schema.ts';
import { createMatcher, newPageState } from './match.ts';
import { compilePatterns } from './patterns.ts';

function entity(
  id: string,
  kind: Entity['kind'],
  aliases: Array<string | AliasRule>,
): Pick<Entity, 'id' | 'kind' | 'aliases'> {
  return { id, kind, aliases: aliases.map((a) => (typeof a === 'string' ? { text: a } : a)) };
}

const matcher = createMatcher(
  compilePatterns(
    [
      entity('howard-lutnick', 'person', ['Howard Lutnick', { text: 'Lutnick', short: true }]),
      entity('he-lifeng', 'person', ['He Lifeng']),
      entity('xi-jinping', 'person', ['Xi Jinping', { text: 'Xi', short: true }]),
      entity('li-chenggang', 'person', ['Li Chenggang', { text: 'Li', short: true }]),
      entity('rare-earth-elements', 'commodity', ['rare earth', 'rare earth elements']),
      entity('rare-earth-magnets', 'commodity', ['rare earth magnets']),
      entity('lithium-ion-batteries', 'commodity', ['lithium-ion battery']),
      entity('section-232-tariffs', 'measure', ['Section 232 tariffs']),
      entity('semiconductors', 'commodity', [
        { text: 'chips', context: ['semiconductor', 'nvidia', 'export'], exclude: ['potato chips', 'bargaining chip'] },
      ]),
      entity('xian', 'organization', ['Xi’an Jiaotong University']),
      entity('airbus', 'organization', ['Airbus']),
      entity('maros-sefcovic', 'person', ['Maroš Šefčovič']),
      entity('para-state', 'organization', [{ text: 'Pará', diacritics: 'exact' }, { text: 'Estado do Pará' }]),
      entity('sao-luis', 'organization', [{ text: 'São Luís port', diacritics: 'exact' }]),
      entity('white-house', 'organization', ['White House']),
      entity('reciprocal-tariffs', 'measure', [{ text: 'reciprocal tariff', exclude: ['April reciprocal tariff'] }]),
      entity('london-talks-2025', 'measure', [
        'London talks',
        { text: 'London', case: 'exact', context: ['talks', 'negotiations'] },
      ]),
    ],
    1,
  ),
);

/** The matched substrings and their entity ids, in order. */
function run(text: string, state = newPageState()): Array<[string, string]> {
  return matcher
    .find(text, state)
    .map((m) => [text.slice(m.start, m.end), matcher.table.entities[m.entity]?.id ?? '?']);
}

describe('matcher', () => {
  it('finds whole words, leftmost-longest', () => {
    expect(run('Rare-earth magnets and rare earths, not rareearth.')).toEqual([
      ['Rare-earth magnets', 'rare-earth-magnets'],
      ['rare earths', 'rare-earth-elements'],
    ]);
  });

  it('matches plurals of lowercase aliases, including -ies', () => {
    expect(run('Lithium-ion batteries and a lithium-ion battery.').map((m) => m[0])).toEqual([
      'Lithium-ion batteries',
      'lithium-ion battery',
    ]);
  });

  it('keeps the pronoun He and Xinhua out', () => {
    expect(run('He told Xinhua that He Lifeng met Xi Jinping. Xi agreed.')).toEqual([
      ['He Lifeng', 'he-lifeng'],
      ['Xi Jinping', 'xi-jinping'],
      ['Xi', 'xi-jinping'],
    ]);
  });

  it('counts short forms only after the full name, and not before another name', () => {
    expect(run('Lutnick spoke. Then Howard Lutnick spoke. Lutnick’s team.')).toEqual([
      ['Howard Lutnick', 'howard-lutnick'],
      ['Lutnick', 'howard-lutnick'],
    ]);
    expect(run('Li Chenggang met Li Qiang; Li said no.')).toEqual([
      ['Li Chenggang', 'li-chenggang'],
      ['Li', 'li-chenggang'],
    ]);
  });

  it('honours case rules with Title Case and ALL CAPS', () => {
    expect(run('SECTION 232 TARIFFS and Section 232 Tariffs but not section 232 tariffs').map((m) => m[0])).toEqual([
      'SECTION 232 TARIFFS',
      'Section 232 Tariffs',
    ]);
  });

  it('lets an exclusion that ends with the alias cover its plural', () => {
    expect(run('Its April reciprocal tariffs went; the April reciprocal tariff too.')).toEqual([]);
    expect(run('The reciprocal tariffs of April; April reciprocal tariffing.')).toEqual([
      ['reciprocal tariffs', 'reciprocal-tariffs'],
    ]);
  });

  it('honours context and exclusions', () => {
    expect(run('Nvidia chips face export curbs; potato chips do not.')).toEqual([['chips', 'semiconductors']]);
    expect(run('He ate chips in London.')).toEqual([]);
    expect(run('The London talks resumed; negotiators met in London.')).toEqual([
      ['London talks', 'london-talks-2025'],
      ['London', 'london-talks-2025'],
    ]);
  });

  it('maps offsets back through curly quotes, nbsp, soft hyphens and diacritics', () => {
    const text = 'Talks with Howard\u00a0Lut\u00adnick’s team on rare\u2011earth magnets.';
    expect(run(text)).toEqual([
      ['Howard\u00a0Lut\u00adnick', 'howard-lutnick'],
      ['rare\u2011earth magnets', 'rare-earth-magnets'],
    ]);
  });

  it('keeps words joined by an apostrophe whole, but finds names after an elided article and before a possessive', () => {
    const state = newPageState();
    run('Xi Jinping visited.', state);
    expect(run("In Xi'an and Xi’an, Xi’s plan; Xi'll", state)).toEqual([['Xi', 'xi-jinping']]);
    expect(run("L’Airbus A350 de l'Airbus, dell’Airbus; O’Airbus and Airbus’ jets.")).toEqual([
      ['Airbus', 'airbus'],
      ['Airbus', 'airbus'],
      ['Airbus', 'airbus'],
      ['Airbus', 'airbus'],
    ]);
    expect(run('to ‘Blow Up the White House’4,701 comments')).toEqual([['White House', 'white-house']]);
  });

  it('needs whole words in every script, and folds letters written in other forms', () => {
    expect(run('Lutnické Howard Lutnickж Howard Lutnick_ Howard Lutnick2')).toEqual([]);
    expect(run('𝐇𝐨𝐰𝐚𝐫𝐝 𝐋𝐮𝐭𝐧𝐢𝐜𝐤 said')).toEqual([['𝐇𝐨𝐰𝐚𝐫𝐝 𝐋𝐮𝐭𝐧𝐢𝐜𝐤', 'howard-lutnick']]);
    expect(run('中Howard Lutnick中 and 😀Howard Lutnick😀')).toEqual([['Howard Lutnick', 'howard-lutnick']]);
    expect(run('RARE\u2009EARTH\u202fMAGNETS, rare\u2013earth and rare\u00a0\u00a0earth')).toEqual([
      ['RARE\u2009EARTH\u202fMAGNETS', 'rare-earth-magnets'],
      ['rare\u2013earth', 'rare-earth-elements'],
      ['rare\u00a0\u00a0earth', 'rare-earth-elements'],
    ]);
  });

  it('folds accents by default, and keeps them where the alias says so', () => {
    expect(run('Maros Sefcovic, MAROŠ ŠEFČOVIČ and Maros\u030c Šefc\u030covic\u030c')).toEqual([
      ['Maros Sefcovic', 'maros-sefcovic'],
      ['MAROŠ ŠEFČOVIČ', 'maros-sefcovic'],
      ['Maros\u030c Šefc\u030covic\u030c', 'maros-sefcovic'],
    ]);
    // Exact: the accents as written, composed or not, in any allowed case; none missing, none added.
    expect(run('Pará, Para\u0301 and PARÁ mines; Para and Párá do not count.')).toEqual([
      ['Pará', 'para-state'],
      ['Para\u0301', 'para-state'],
    ]);
    expect(run('Estado do Para')).toEqual([['Estado do Para', 'para-state']]);
    expect(run('São\u00a0Luís port, Sao Luis port, São Luis port')).toEqual([['São\u00a0Luís port', 'sao-luis']]);
  });

  it('counts context words up to a dozen words away on either side', () => {
    const filler = (n: number): string => Array.from({ length: n }, () => 'and').join(' ');
    expect(run(`talks ${filler(11)} London`)).toEqual([['London', 'london-talks-2025']]);
    expect(run(`talks ${filler(12)} London`)).toEqual([]);
    expect(run(`London ${filler(11)} negotiations`)).toEqual([['London', 'london-talks-2025']]);
    expect(run(`London ${filler(12)} negotiations`)).toEqual([]);
  });

  it('gives text two entities claim to the more specific claim, whatever their order', () => {
    // The folded and plain claims come first in entity order, so only the ranking can pick the others.
    const claims = createMatcher(
      compilePatterns(
        [
          entity('a-carmaker', 'organization', [{ text: 'Ford', context: ['Ontario', 'plant'] }]),
          entity('a-commodity', 'commodity', [{ text: 'critical metals', context: ['gallium'] }]),
          entity('z-company', 'organization', [{ text: 'Critical Metals', context: ['gallium', 'Greenland'] }]),
          entity('z-premier', 'person', ['Doug Ford', { text: 'Ford', short: true, context: ['Ontario'] }]),
        ],
        1,
      ),
    );
    const found = (text: string): string[] =>
      claims
        .find(text, newPageState())
        .map((m) => `${text.slice(m.start, m.end)}:${claims.table.entities[m.entity]?.id}`);
    expect(found('Ford opened an Ontario plant.')).toEqual(['Ford:a-carmaker']);
    expect(found('Doug Ford spoke. Ford said Ontario would hit back.')).toEqual([
      'Doug Ford:z-premier',
      'Ford:z-premier',
    ]);
    expect(found('Critical Metals and critical metals such as gallium.')).toEqual([
      'Critical Metals:z-company',
      'critical metals:a-commodity',
    ]);
  });
});
