/**
 * Reads a folder of plain-text articles (one article per `.txt` file, paragraphs on their own lines)
 * and prints what the dataset's matcher finds in them and the capitalised names it leaves
 * unhighlighted, by how many articles name them: `tsx scripts/dataset/miss-report.ts <folder> [min]`.
 * For curating the dataset against articles kept outside the repository; nothing is written.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetMatcher, mentionsIn } from '../../test/dataset/dataset-matcher.ts';
import { missedNames } from './missed-names.ts';

const [folder, minArticles = '2'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: tsx scripts/dataset/miss-report.ts <folder of .txt articles> [min articles]');
  process.exit(2);
}
const matcher = await datasetMatcher();
const files = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
const missed = new Map<string, Set<string>>();
const entities = new Set<string>();
let mentions = 0;
for (const file of files) {
  const blocks = (await readFile(join(folder, file), 'utf8')).split(/\n+/).filter((line) => line.trim());
  const found = mentionsIn(matcher, blocks);
  mentions += found.length;
  for (const m of found) entities.add(m.id);
  for (const block of blocks) {
    for (const name of missedNames(
      block,
      found.filter((m) => m.block === block),
    )) {
      const seen = missed.get(name) ?? new Set<string>();
      missed.set(name, seen.add(file));
    }
  }
}
console.log(`${String(files.length)} articles, ${String(mentions)} mentions of ${String(entities.size)} entities`);
const rows = [...missed]
  .map(([name, seen]) => [name, seen.size] as const)
  .filter(([, count]) => count >= Number(minArticles))
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
for (const [name, count] of rows) console.log(`${String(count).padStart(4)}  ${name}`);
