/** Every seed-article mention resolves to the right entity (issue: dataset coverage). */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Matcher } from '../../src/shared/matcher/match.ts';
import { datasetMatcher, htmlBlocks, mentionsIn, type FoundMention } from './dataset-matcher.ts';
import { SEED_MENTIONS } from './seed-mentions.ts';

let matcher: Matcher;
const found = new Map<string, FoundMention[]>();

beforeAll(async () => {
  matcher = await datasetMatcher();
  for (const article of new Set(SEED_MENTIONS.map(([a]) => a))) {
    found.set(
      article,
      mentionsIn(matcher, htmlBlocks(await readFile(`test/fixtures/articles/${article}.html`, 'utf8'))),
    );
  }
});

describe('seed article coverage', () => {
  it.each(SEED_MENTIONS)('%s: "%s" is %s', (article, text, id) => {
    const mentions = found.get(article) ?? [];
    const resolved = mentions.filter((m) => m.text === text).map((m) => m.id);
    expect(resolved, `"${text}" in ${article} resolves to ${resolved.join(', ') || 'nothing'}`).toContain(id);
  });
});
