/**
 * Prints what the matcher finds in each seed article, to review coverage while curating:
 * `tsx scripts/dataset/seed-report.ts`. The reviewed expectations live in `test/dataset/seed-mentions.ts`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetMatcher, htmlBlocks, mentionsIn } from '../../test/dataset/dataset-matcher.ts';

const matcher = await datasetMatcher();
const dir = 'test/fixtures/articles';
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.html')).sort()) {
  const seen = new Map<string, number>();
  for (const m of mentionsIn(matcher, htmlBlocks(await readFile(join(dir, name), 'utf8')))) {
    const key = `${m.text} -> ${m.id}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  console.log(`== ${name}`);
  for (const [key, count] of seen) console.log(`  ${key}${count > 1 ? ` (x${count})` : ''}`);
}
