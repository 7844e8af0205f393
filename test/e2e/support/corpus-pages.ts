/** The real pages the corpus run and the page benchmark visit: the readability corpus and the seed articles. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the shared corpus of real pages sits, beside the repository. */
export const CORPUS_DIR = resolve('../shared/corpus/readability');
/** The seed articles. */
export const ARTICLES_DIR = resolve('test/fixtures/articles');

/** One page to visit: a name for tables, its folder to serve and its path there, and its size. */
export interface CorpusPage {
  name: string;
  root: 'corpus' | 'articles';
  path: string;
  bytes: number;
}

/** Every corpus page (`<slug>/source.html`) and seed article, by name. Throws when the corpus is missing. */
export function listCorpusPages(): CorpusPage[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`The page corpus is missing: expected it at ${CORPUS_DIR}`);
  const corpus = readdirSync(CORPUS_DIR)
    .filter((slug) => existsSync(join(CORPUS_DIR, slug, 'source.html')))
    .sort()
    .map((slug): CorpusPage => {
      const path = join(slug, 'source.html');
      return { name: slug, root: 'corpus', path, bytes: statSync(join(CORPUS_DIR, path)).size };
    });
  const articles = readdirSync(ARTICLES_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file): CorpusPage => ({
      name: `article-${file.replace('.html', '')}`,
      root: 'articles',
      path: file,
      bytes: statSync(join(ARTICLES_DIR, file)).size,
    }));
  return [...corpus, ...articles];
}
