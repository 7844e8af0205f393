/** The real dataset compiled into a matcher, and page text split into blocks, for dataset tests. */
import { compileSnapshot } from '../../scripts/dataset/compile.ts';
import { loadDataset } from '../../scripts/dataset/load.ts';
import { createMatcher, newPageState, type Matcher } from '../../src/shared/matcher/match.ts';
import { compilePatterns } from '../../src/shared/matcher/patterns.ts';

/** One mention found: its text and entity id. */
export interface FoundMention {
  text: string;
  id: string;
  block: string;
  start: number;
  end: number;
}

/** Loads `dataset/` and compiles its matcher; throws if the dataset has errors. */
export async function datasetMatcher(): Promise<Matcher> {
  const dataset = await loadDataset('dataset');
  if (dataset.errors.length > 0) throw new Error(`dataset errors: ${JSON.stringify(dataset.errors.slice(0, 3))}`);
  const snapshot = compileSnapshot(
    dataset.entities.map((e) => e.entity),
    dataset.sources,
    dataset.version,
    new Date().toISOString(),
  );
  return createMatcher(compilePatterns(snapshot.entities, snapshot.version));
}

/** Runs the matcher over a page's blocks in order, as the content script does. */
export function mentionsIn(matcher: Matcher, blocks: readonly string[]): FoundMention[] {
  const state = newPageState();
  return blocks.flatMap((block) =>
    matcher.find(block, state).map((m) => ({
      text: block.slice(m.start, m.end),
      id: matcher.table.entities[m.entity]?.id ?? '?',
      block,
      start: m.start,
      end: m.end,
    })),
  );
}

/**
 * The text blocks of an HTML page, roughly as a reader sees them: scripts, styles and similar
 * skipped, block-level tags splitting blocks, inline tags joined, entities decoded.
 */
export function htmlBlocks(html: string): string[] {
  const stripped = html
    .replace(/<(script|style|noscript|template|textarea|code|pre|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  return stripped
    .split(
      /<\/?(?:p|div|li|h[1-6]|td|th|tr|ul|ol|section|article|header|footer|nav|aside|blockquote|figure|figcaption|br|hr|table|main|dd|dt|dl|form)\b[^>]*>/i,
    )
    .map((chunk) =>
      chunk
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, '\u00a0')
        .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
        .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    )
    .filter((text) => /\S/.test(text));
}
