/**
 * Finds mentions in text: whole words, leftmost-longest, non-overlapping, honouring every alias rule
 * (case, plurals, context, exclusions, short forms that need the full name earlier on the page).
 */
import { isUpperCase, isWordChar, normalizeText, type NormalizedText } from './normalize.ts';
import type { Pattern, PatternTable } from './patterns.ts';
import { buildTrie, type TrieNode } from './trie.ts';

/** One mention: original offsets in the text, and the entity it names. */
export interface Mention {
  start: number;
  end: number;
  /** Index into the pattern table's entities. */
  entity: number;
}

/** What a page has shown so far: the entities whose full name has appeared. */
export interface PageState {
  seenFull: Set<number>;
}

/** How far around a mention `context` words count. */
const CONTEXT_WORDS = 12;

/** A matcher compiled for one pattern table. */
export interface Matcher {
  readonly table: PatternTable;
  /** Finds the mentions in one block of text, updating the page state as full names appear. */
  find(text: string, state: PageState): Mention[];
}

/** Creates a page state with nothing seen. */
export function newPageState(): PageState {
  return { seenFull: new Set() };
}

function windowAround(f: string, start: number, end: number): string {
  let from = start;
  for (let words = 0; from > 0 && words <= CONTEXT_WORDS; from--) if (f[from - 1] === ' ') words++;
  let to = end;
  for (let words = 0; to < f.length && words <= CONTEXT_WORDS; to++) if (f[to] === ' ') words++;
  return ` ${f.slice(from, to)} `;
}

function hasPhrase(window: string, phrase: string): boolean {
  for (let at = window.indexOf(phrase); at !== -1; at = window.indexOf(phrase, at + 1)) {
    if (!isWordChar(window[at - 1]) && !isWordChar(window[at + phrase.length])) return true;
  }
  return false;
}

function isExcluded(f: string, start: number, pattern: Pattern): boolean {
  for (const phrase of pattern.exclude ?? []) {
    for (let k = phrase.indexOf(pattern.key); k !== -1; k = phrase.indexOf(pattern.key, k + 1)) {
      const from = start - k;
      if (from >= 0 && f.startsWith(phrase, from) && !isWordChar(f[from - 1]) && !isWordChar(f[from + phrase.length])) {
        return true;
      }
    }
  }
  return false;
}

function accepts(
  t: NormalizedText,
  start: number,
  aliasEnd: number,
  end: number,
  p: Pattern,
  state: PageState,
): boolean {
  if (p.forms && !p.forms.includes(t.cased.slice(start, aliasEnd))) return false;
  if (p.short) {
    if (!state.seenFull.has(p.entity)) return false;
    if (t.cased[end] === ' ' && isUpperCase(t.cased[end + 1])) return false;
  }
  if (p.exclude && isExcluded(t.folded, start, p)) return false;
  if (p.context && !p.context.some((phrase) => hasPhrase(windowAround(t.folded, start, end), phrase))) return false;
  return true;
}

/** Compiles a matcher for a pattern table. */
export function createMatcher(table: PatternTable): Matcher {
  const root: TrieNode = buildTrie(table.patterns);
  const { patterns } = table;

  function longestAt(t: NormalizedText, i: number, state: PageState): { end: number; pattern: Pattern } | null {
    const f = t.folded;
    const candidates: Array<{ aliasEnd: number; end: number; pattern: Pattern }> = [];
    let node: TrieNode | undefined = root;
    for (let j = i; j < f.length; j++) {
      node = node.next.get(f[j] as string);
      if (!node) break;
      if (node.ends.length === 0) continue;
      const e = j + 1;
      for (const index of node.ends) {
        const pattern = patterns[index] as Pattern;
        if (!isWordChar(f[e])) candidates.push({ aliasEnd: e, end: e, pattern });
        else if (pattern.plural && f[e] === 's' && !isWordChar(f[e + 1]))
          candidates.push({ aliasEnd: e, end: e + 1, pattern });
        else if (pattern.plural && f.startsWith('es', e) && !isWordChar(f[e + 2]))
          candidates.push({ aliasEnd: e, end: e + 2, pattern });
      }
    }
    candidates.sort((a, b) => b.end - a.end);
    for (const c of candidates) if (accepts(t, i, c.aliasEnd, c.end, c.pattern, state)) return c;
    return null;
  }

  return {
    table,
    find(text, state) {
      const t = normalizeText(text);
      const f = t.folded;
      const mentions: Mention[] = [];
      for (let i = 0; i < f.length; i++) {
        if (!isWordChar(f[i]) || isWordChar(f[i - 1])) continue;
        const hit = longestAt(t, i, state);
        if (!hit) continue;
        mentions.push({ start: t.map[i] as number, end: t.map[hit.end] as number, entity: hit.pattern.entity });
        if (!hit.pattern.short) state.seenFull.add(hit.pattern.entity);
        i = hit.end - 1;
      }
      return mentions;
    },
  };
}
