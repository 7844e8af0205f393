import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightName, KINDS } from './highlight.ts';
import { HIGHLIGHT_CSS } from './highlight-styles.ts';

const rules = (css: string): string =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('highlight styles', () => {
  it('are the same for shadow roots as for the document', () => {
    const documentCss = readFileSync(new URL('./highlights.css', import.meta.url), 'utf8');
    expect(rules(HIGHLIGHT_CSS)).toBe(rules(documentCss));
    expect(rules(HIGHLIGHT_CSS)).toContain('::highlight(lodestone-measure)');
    for (const kind of KINDS) expect(rules(HIGHLIGHT_CSS)).toContain(`::highlight(${highlightName(kind)}) {`);
  });
});
