/** Nothing is highlighted falsely: synthetic traps, and every mention in the seed articles and the readability corpus checked against the traps. */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isWordChar } from '../../src/shared/matcher/normalize.ts';
import type { Matcher } from '../../src/shared/matcher/match.ts';
import { datasetMatcher, htmlBlocks, mentionsIn, type FoundMention } from './dataset-matcher.ts';
import { CORPUS_TRAPS, SENTENCE_TRAPS } from './traps.ts';

const CORPUS = join('..', 'shared', 'corpus', 'readability');
/** Words that are never a mention on their own, whatever the page. */
const NEVER_ALONE = new Set(['he', 'li', 'wang', 'xi', 'london', 'geneva', 'commerce', 'state', 'treasury']);

let matcher: Matcher;
const pages = new Map<string, FoundMention[]>();

beforeAll(async () => {
  matcher = await datasetMatcher();
  for (const name of await readdir('test/fixtures/articles')) {
    pages.set(
      `seed-${name}`,
      mentionsIn(matcher, htmlBlocks(await readFile(join('test/fixtures/articles', name), 'utf8'))),
    );
  }
  if (!existsSync(CORPUS)) {
    if (process.env.CI) throw new Error(`the readability corpus is missing at ${CORPUS}`);
    return;
  }
  for (const page of await readdir(CORPUS)) {
    const file = join(CORPUS, page, 'source.html');
    if (existsSync(file)) pages.set(page, mentionsIn(matcher, htmlBlocks(await readFile(file, 'utf8'))));
  }
});

describe('precision', () => {
  it.each(SENTENCE_TRAPS)('$text', ({ text, never, expect: expected }) => {
    const found = mentionsIn(matcher, [text]);
    expect(found.filter((m) => never.includes(m.text)).map((m) => `${m.text} -> ${m.id}`)).toEqual([]);
    for (const [mention, id] of expected ?? []) expect(found.map((m) => [m.text, m.id])).toContainEqual([mention, id]);
  });

  it('never highlights part of a word, on any page', () => {
    const broken = [...pages].flatMap(([page, found]) =>
      found
        .filter((m) => isWordChar(m.block[m.start - 1]) || isWordChar(m.block[m.end]))
        .map((m) => `${page}: ${m.text}`),
    );
    expect(broken).toEqual([]);
  });

  it('never highlights an ambiguous word on its own before the full name appeared, on any page', () => {
    const wrong = [...pages].flatMap(([page, found]) => {
      const fullSeen = new Set<string>();
      return found.flatMap((m) => {
        const alone = NEVER_ALONE.has(m.text.toLowerCase()) && !fullSeen.has(m.id);
        if (m.text.includes(' ')) fullSeen.add(m.id);
        return alone ? [`${page}: ${m.text} -> ${m.id}`] : [];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('avoids the known traps of the readability corpus', () => {
    const hits = CORPUS_TRAPS.filter(([page, text]) => pages.get(page)?.some((m) => m.text === text));
    expect(hits).toEqual([]);
  });
});
