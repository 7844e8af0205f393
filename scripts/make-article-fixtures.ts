/**
 * Turns the seed articles (plain text as captured) into the HTML pages the end-to-end tests, the
 * benchmarks and `npm start` serve: a headline, a publication date in the page's metadata, and one
 * paragraph per line. Usage: `tsx scripts/make-article-fixtures.ts <seeds folder>`.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

const seeds = process.argv[2];
if (!seeds) throw new Error('usage: make-article-fixtures <seeds folder>');

/** Seed file prefix → key of its source in dataset/sources.yaml. */
const SOURCE_KEYS: Record<string, string> = {
  '000': 'seed-asiafinancial-2025-06-10',
  '001': 'seed-rawmaterials-2025-06-11',
  '002': 'seed-worldnewscentral-2025-06-09',
  '003': 'seed-guardianng-2025-06-12',
  '004': 'seed-ainvest-2025-06-27',
};

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const sources = parse(await readFile('dataset/sources.yaml', 'utf8')) as Record<
  string,
  { outlet: string; title: string; date: string }
>;

for (const name of (await readdir(seeds)).filter((n) => n.endsWith('.txt')).sort()) {
  const prefix = name.slice(0, 3);
  const source = sources[SOURCE_KEYS[prefix] ?? ''];
  if (!source) throw new Error(`no source for ${name}`);
  const lines = (await readFile(join(seeds, name), 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const body = lines
    .map((line) =>
      line.startsWith('•') ? `<ul><li>${escape(line.slice(1).trim())}</li></ul>` : `<p>${escape(line)}</p>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(source.title)} | ${escape(source.outlet)}</title>
<meta property="article:published_time" content="${source.date}">
</head>
<body>
<article>
<h1>${escape(source.title)}</h1>
<p class="byline">${escape(source.outlet)}, ${source.date}</p>
${body}
</article>
</body>
</html>
`;
  await writeFile(join('test/fixtures/articles', `${prefix}.html`), html);
  console.log(`test/fixtures/articles/${prefix}.html`);
}
