/**
 * Property tests: the compiled matcher finds exactly what the simple reference matcher finds, on
 * its WebAssembly core and in JavaScript alone, on random datasets whose aliases overlap and random text built from their words, with every kind of
 * space, dash, apostrophe, case and accent variant (accents added, removed or decomposed) and every
 * alias rule in play.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AliasRule, Entity } from '../dataset/schema.ts';
import { compileMatcher } from './compiled.ts';
import { createMatcher, matcherFromCompiled, newPageState, type Matcher, type MatcherOptions } from './match.ts';
import { compilePatterns, type PatternTable } from './patterns.ts';
import { referenceFind } from './reference-matcher.ts';

/** Generous: a property test runs hundreds of cases and must not fail because a shared machine is slow. */
const PROPERTY_TIMEOUT = 120_000;

// Few, short syllables, so that aliases share prefixes, nest and overlap, and plurals collide.
const SYLLABLES = ['li', 'an', 'xi', 'ra', 'e', 's', 'es', 'y', 'chip', 'o', 'l', 'dell', 'é', '2'];
const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const aliasText = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-', "'"), fc.boolean())
  .map(([words, joint, capital]) => (capital ? words.map(capitalized) : words).join(joint));

/** `arbitrary` one time in four, else undefined: most aliases carry few rules. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 });

/** An alias rule whose text comes from `texts`: entities share alias texts, so their claims collide. */
function aliasRule(texts: readonly string[]): fc.Arbitrary<AliasRule> {
  return fc
    .record({
      text: fc.constantFrom(...texts),
      case: fc.constantFrom(undefined, 'fold' as const, 'exact' as const),
      diacritics: fc.constantFrom(undefined, 'fold' as const, 'exact' as const),
      short: sometimes(fc.constant(true)),
      plural: fc.constantFrom(undefined, true, false),
      context: sometimes(fc.array(word, { minLength: 1, maxLength: 2 })),
      excludeWith: sometimes(fc.tuple(word, fc.boolean())),
    })
    .map(({ excludeWith, ...rule }) => {
      const exclude = excludeWith && [
        excludeWith[1] ? `${excludeWith[0]} ${rule.text}` : `${rule.text} ${excludeWith[0]}`,
      ];
      return Object.fromEntries(Object.entries({ ...rule, exclude }).filter(([, v]) => v !== undefined)) as AliasRule;
    });
}

const entities = fc
  .array(aliasText, { minLength: 1, maxLength: 10 })
  .chain((texts) =>
    fc.array(fc.array(aliasRule(texts), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
  )
  .map((lists) =>
    lists.map((aliases, i): Pick<Entity, 'id' | 'kind' | 'aliases'> => ({ id: `e${i}`, kind: 'person', aliases })),
  );

const SEPARATORS = [
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '-',
  '\u2013',
  '\u2014',
  ', ',
  '. ',
  "'",
  '\u2019',
  "'s ",
  '\u2019s ',
].concat(['\u00ad', '\n', '', ' l\u2019', 'x', '4', '\u200b', ' \ud835\udc00 ', ' Ab ']);

/** One alias as a page might write it: recased, with other spaces, dashes, apostrophes and accents. */
function variant(text: string, how: number): string {
  const spaced = ['\u00a0', '\u2011', '\u2009', ' ', '-'][how % 5] ?? ' ';
  let out = text.replace(/[ -]/g, spaced);
  if (how & 8) out = out.replace(/'/g, '\u2019');
  if (how & 16) out = out.toUpperCase();
  else if (how & 32) out = out.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());
  if (how & 64) out = out.replace(/a/, 'a\u0301');
  if (how & 128) out = out.normalize('NFD').replace(/\p{M}/gu, '');
  else if (how & 256) out = out.normalize('NFD');
  return out;
}

/** Page text: alias variants, random words and separators, in a random order. */
function pageText(aliases: readonly string[]): fc.Arbitrary<string> {
  const token = fc.oneof(
    {
      arbitrary: fc.tuple(fc.constantFrom(...aliases), fc.nat(511)).map(([text, how]) => variant(text, how)),
      weight: 5,
    },
    { arbitrary: word, weight: 1 },
    { arbitrary: word.map(capitalized), weight: 1 },
  );
  const separator = fc.oneof(
    { arbitrary: fc.constant(' '), weight: 4 },
    { arbitrary: fc.constantFrom(...SEPARATORS), weight: 3 },
  );
  return fc.array(fc.tuple(token, separator), { maxLength: 24 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
}

const scenario = entities.chain((list) => {
  const table = compilePatterns(list, 1);
  const texts = list.flatMap((e) => e.aliases.map((a) => a.text));
  return fc.record({ table: fc.constant(table), blocks: fc.array(pageText(texts), { minLength: 1, maxLength: 3 }) });
});

/** Runs blocks in order with one page state, as the content script does; returns mentions and the state. */
function runPage(find: (text: string, state: ReturnType<typeof newPageState>) => unknown[], blocks: string[]) {
  const state = newPageState();
  const found = blocks.map((block) => find(block, state));
  return { found, seen: [...state.seenFull].sort() };
}

function reference(table: PatternTable) {
  return (text: string, state: ReturnType<typeof newPageState>) => referenceFind(table, text, state);
}

function fast(matcher: Matcher) {
  return (text: string, state: ReturnType<typeof newPageState>) => matcher.find(text, state);
}

const CORES: Array<[string, MatcherOptions, Matcher['core']]> = [
  ['on the WebAssembly core', {}, 'wasm'],
  ['in JavaScript alone', { javascriptOnly: true }, 'js'],
];

describe.each(CORES)('matcher against the reference matcher, %s', (_name, options, core) => {
  it(
    'finds the same mentions, in the same order, with the same page state',
    () => {
      fc.assert(
        fc.property(scenario, ({ table, blocks }) => {
          const matcher = createMatcher(table, options);
          expect(matcher.core).toBe(core);
          expect(runPage(fast(matcher), blocks)).toEqual(runPage(reference(table), blocks));
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('matcher against the reference matcher', () => {
  it(
    'finds the same after its compiled form went through structured clone',
    () => {
      fc.assert(
        fc.property(scenario, ({ table, blocks }) => {
          const restored = matcherFromCompiled(structuredClone(compileMatcher(table)));
          expect(runPage(fast(restored), blocks)).toEqual(runPage(reference(table), blocks));
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'returns sorted, non-overlapping mentions inside the text',
    () => {
      fc.assert(
        fc.property(scenario, ({ table, blocks }) => {
          const matcher = createMatcher(table);
          const state = newPageState();
          for (const block of blocks) {
            let last = 0;
            for (const m of matcher.find(block, state)) {
              expect(m.start).toBeGreaterThanOrEqual(last);
              expect(m.end).toBeGreaterThan(m.start);
              expect(m.end).toBeLessThanOrEqual(block.length);
              last = m.end;
            }
          }
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
