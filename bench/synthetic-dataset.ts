/**
 * A synthetic dataset and news-like pages for the matcher benchmarks: as many aliases as asked for,
 * shaped like the real dataset's (people with short surnames, ministries and agencies sharing
 * "Ministry of …" and country prefixes, acronyms, lowercase commodities with plurals, measures with
 * context and exclusions), and pages of filler prose with mentions written the ways pages write them.
 * Deterministic: the same seed gives the same dataset and pages.
 */
import type { AliasRule, Entity, EntityKind } from '../src/shared/dataset/schema.ts';

/** A seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['China', 'US', 'Japan', 'Korea', 'India', 'Germany', 'France', 'Brazil', 'Mexico', 'Canada'].concat([
  'Vietnam',
  'Chile',
  'Peru',
  'Australia',
  'Indonesia',
  'Malaysia',
  'Turkey',
  'Poland',
  'Italy',
  'Spain',
]);
const NOUNS = [
  'commerce',
  'trade',
  'finance',
  'industry',
  'energy',
  'mining',
  'customs',
  'security',
  'technology',
].concat(['agriculture', 'transport', 'defence', 'resources', 'markets', 'investment', 'competition', 'export']);
const GOODS = [
  'magnet',
  'battery',
  'chip',
  'wafer',
  'alloy',
  'oxide',
  'ore',
  'cathode',
  'anode',
  'sensor',
  'motor',
].concat(['turbine', 'panel', 'module', 'cable', 'steel', 'fertilizer', 'resin', 'polymer', 'catalyst', 'drone']);
const ADJECTIVES = [
  'rare-earth',
  'lithium-ion',
  'high-purity',
  'advanced',
  'refined',
  'critical',
  'solar',
  'graphite',
].concat(['gallium', 'germanium', 'antimony', 'tungsten', 'cobalt', 'nickel', 'silicon', 'copper', 'legacy']);
const FILLER = (
  'the of and to in a on for that with as said by at from is was it its this but have has be are will ' +
  'new would after over more than year about which their they who not last week talks officials government ' +
  'market prices trade exports imports supply chains companies deal tariffs rules minister said the plan ' +
  'industry analysts percent billion statement reporters meeting agreement policy data growth people'
).split(' ');

const SYLLABLES = [
  'ka',
  'lu',
  'mi',
  'ro',
  'sen',
  'ta',
  'vo',
  'an',
  'ber',
  'chi',
  'dai',
  'el',
  'fan',
  'gor',
  'hu',
].concat(['ji', 'kel', 'lin', 'mar', 'nek', 'os', 'pa', 'qi', 'ras', 'shu', 'tor', 'ul', 'ven', 'wei', 'xu', 'yan']);

type EntityLike = Pick<Entity, 'id' | 'kind' | 'aliases'>;

/** Builds entities until they hold `aliasCount` aliases (give or take the last entity's). */
export function syntheticDataset(aliasCount: number, seed = 1): EntityLike[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const name = (parts: number): string => {
    let text = '';
    for (let i = 0; i < parts; i++) text += pick(SYLLABLES);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const taken = new Set<string>();
  const entities: EntityLike[] = [];
  let aliases = 0;
  while (aliases < aliasCount) {
    const roll = random();
    let kind: EntityKind;
    let rules: AliasRule[];
    if (roll < 0.4) {
      kind = 'person';
      const [first, last] = [name(2), name(2 + Math.floor(random() * 2))];
      rules = [{ text: `${first} ${last}` }, { text: last, short: true }];
      if (random() < 0.3) rules.push({ text: `Minister ${last}`, case: 'exact' });
    } else if (roll < 0.65) {
      kind = 'organization';
      const country = pick(COUNTRIES);
      const noun = pick(NOUNS);
      const acronym = name(2)
        .toUpperCase()
        .slice(0, 3 + Math.floor(random() * 3));
      rules = [
        { text: `${country} Ministry of ${noun.charAt(0).toUpperCase() + noun.slice(1)} ${name(1)}` },
        { text: `${country}'s ${noun} ${pick(['ministry', 'agency', 'regulator', 'bureau'])} ${name(1)}` },
        { text: acronym },
      ];
    } else if (roll < 0.85) {
      kind = 'commodity';
      const good = `${pick(ADJECTIVES)} ${pick(GOODS)} ${name(1).toLowerCase()}`;
      rules = [{ text: good }, { text: `${pick(ADJECTIVES)} ${good}` }];
      if (random() < 0.2) rules.push({ text: pick(GOODS) + name(1).toLowerCase(), context: [pick(NOUNS)] });
    } else {
      kind = 'measure';
      const section = `Section ${100 + Math.floor(random() * 9000)}`;
      rules = [
        { text: `${section} tariffs` },
        { text: `${pick(COUNTRIES)} ${pick(ADJECTIVES)} export controls ${name(1)}` },
      ];
      if (random() < 0.3) rules.push({ text: section, context: ['tariff', 'duties'], exclude: [`${section} of`] });
    }
    const fresh = rules.filter((rule) => !taken.has(rule.text.toLowerCase()));
    for (const rule of fresh) taken.add(rule.text.toLowerCase());
    if (fresh.length === 0) continue;
    entities.push({ id: `synthetic-${entities.length}`, kind, aliases: fresh });
    aliases += fresh.length;
  }
  return entities;
}

/** How a page might write an alias: as is, lowercased, with a non-breaking space or a curly apostrophe. */
function written(text: string, random: () => number): string {
  const roll = random();
  if (roll < 0.1) return text.replace(/ /g, '\u00a0');
  if (roll < 0.15) return text.replace(/'/g, '\u2019');
  if (roll < 0.2) return text.replace(/-/g, ' ');
  return text;
}

/**
 * A page of about `chars` characters in blocks (paragraphs) of about `blockChars`, with one mention
 * of a random alias every `wordsPerMention` words on average; full names come before short forms.
 */
export function syntheticPage(
  entities: readonly EntityLike[],
  chars: number,
  { seed = 2, blockChars = 800, wordsPerMention = 30 } = {},
): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const blocks: string[] = [];
  let total = 0;
  while (total < chars) {
    let block = '';
    while (block.length < blockChars) {
      if (random() < 1 / wordsPerMention) {
        const entity = pick(entities);
        const full = entity.aliases.filter((a) => !a.short);
        const alias = random() < 0.7 || full.length === 0 ? pick(entity.aliases) : pick(full);
        block += written(alias.text, random);
      } else {
        block += random() < 0.05 ? pick(COUNTRIES) : pick(FILLER);
      }
      block += random() < 0.08 ? '. ' : random() < 0.05 ? ', ' : ' ';
    }
    blocks.push(block);
    total += block.length;
  }
  return blocks;
}
