/**
 * A deliberately simple twin of the matcher, for property tests only: it tries every pattern at
 * every word start with string comparisons and checks the rules on strings. It is slow (patterns
 * × positions) and shares nothing with the fast matcher but the normalization of text.
 */
import type { Mention, PageState } from './match.ts';
import { isUpperCase, lettersAndMarks, normalizeText } from './normalize.ts';
import type { Pattern, PatternTable } from './patterns.ts';

const WORD = /^[\p{L}\p{N}_]$/u;
const LETTER = /^\p{L}$/u;
const ELIDED = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'un'].concat([
  'all',
  'dall',
  'dell',
  'nell',
  'sull',
  'coll',
  'quell',
]);
const CONTEXT_WORDS = 12;

interface Found {
  index: number;
  pattern: Pattern;
  aliasEnd: number;
  end: number;
}

/** The mentions `table`'s aliases make in `text`, by the rules of the dataset format. */
export function referenceFind(table: PatternTable, text: string, state: PageState): Mention[] {
  const { folded, cased, map } = normalizeText(text);
  const charAt = (k: number): string => {
    const low = k > 0 && /[\udc00-\udfff]/.test(cased[k] ?? '') && /[\ud800-\udbff]/.test(cased[k - 1] ?? '');
    return String.fromCodePoint(cased.codePointAt(low ? k - 1 : k) ?? 0);
  };
  const isWord = (k: number): boolean => k >= 0 && k < folded.length && WORD.test(charAt(k));
  const isLetter = (k: number): boolean => k >= 0 && k < folded.length && LETTER.test(charAt(k));
  // True when the word before an apostrophe at `k` is an elided article ("l'", "dell'").
  const elidedBefore = (k: number): boolean => {
    const before = /(?:^|[^\p{L}\p{N}_'])([\p{L}\p{N}_]+)$/u.exec(folded.slice(0, k));
    return before !== null && ELIDED.includes(before[1] ?? '');
  };
  const joinedLeft = (i: number): boolean =>
    i > 0 &&
    i < folded.length &&
    (isWord(i - 1) || (folded[i - 1] === "'" && isLetter(i - 2) && isLetter(i) && !elidedBefore(i - 1)));
  const joinedRight = (e: number): boolean =>
    e < folded.length &&
    (isWord(e) ||
      (folded[e] === "'" && isLetter(e - 1) && isLetter(e + 1) && !(folded[e + 1] === 's' && !isWord(e + 2))));
  /** True when `phrase` stands at `at` as whole words; the word ends at `end` (a plural past the phrase). */
  const isPhraseAt = (phrase: string, at: number, end = at + phrase.length): boolean =>
    at >= 0 && folded.startsWith(phrase, at) && !joinedLeft(at) && !joinedRight(end);

  function accepts(start: number, f: Found): boolean {
    const { pattern, aliasEnd, end } = f;
    if (pattern.forms && !pattern.forms.includes(cased.slice(start, aliasEnd))) return false;
    if (pattern.marks !== undefined && lettersAndMarks(text.slice(map[start], map[aliasEnd])) !== pattern.marks)
      return false;
    if (pattern.short) {
      if (!state.seenFull.has(pattern.entity)) return false;
      if (cased[end] === ' ' && end + 1 < cased.length && isUpperCase(charAt(end + 1))) return false;
    }
    for (const phrase of pattern.exclude ?? []) {
      for (let k = 0; k + pattern.key.length <= phrase.length; k++) {
        if (!phrase.startsWith(pattern.key, k)) continue;
        // A phrase that ends with the alias covers the plural the candidate took.
        const endsWithAlias = k + pattern.key.length === phrase.length;
        if (isPhraseAt(phrase, start - k, endsWithAlias ? end : undefined)) return false;
      }
    }
    if (!pattern.context) return true;
    let from = start;
    for (let words = 0; from > 0 && words <= CONTEXT_WORDS; from--) if (folded[from - 1] === ' ') words++;
    let to = end;
    for (let words = 0; to < folded.length && words <= CONTEXT_WORDS; to++) if (folded[to] === ' ') words++;
    return pattern.context.some((phrase) => {
      for (let at = from; at + phrase.length <= to; at++) if (isPhraseAt(phrase, at)) return true;
      return false;
    });
  }

  const mentions: Mention[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (!isWord(i) || joinedLeft(i)) continue;
    const found: Found[] = [];
    table.patterns.forEach((pattern, index) => {
      if (!pattern.key || !folded.startsWith(pattern.key, i)) return;
      const e = i + pattern.key.length;
      if (!joinedRight(e)) found.push({ index, pattern, aliasEnd: e, end: e });
      else if (pattern.plural && folded[e] === 's' && !joinedRight(e + 1))
        found.push({ index, pattern, aliasEnd: e, end: e + 1 });
      else if (pattern.plural && folded.startsWith('es', e) && !joinedRight(e + 2))
        found.push({ index, pattern, aliasEnd: e, end: e + 2 });
    });
    // Longest first; among equals, the shorter alias (its plural reaches as far), then table order.
    found.sort((a, b) => b.end - a.end || a.aliasEnd - b.aliasEnd || a.index - b.index);
    const hit = found.find((f) => accepts(i, f));
    if (!hit) continue;
    mentions.push({ start: map[i] as number, end: map[hit.end] as number, entity: hit.pattern.entity });
    if (!hit.pattern.short) state.seenFull.add(hit.pattern.entity);
    i = hit.end - 1;
  }
  return mentions;
}
