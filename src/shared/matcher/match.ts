/**
 * Finds mentions in text: whole words, leftmost-longest, non-overlapping, honouring every alias rule
 * (case, plurals, context, exclusions, short forms that need the full name earlier on the page).
 * The text is normalized into reused buffers and the compiled trie is walked from each word start.
 */
import type { EntityKind } from '../dataset/schema.ts';
import { continuesWord, goesOn } from './boundaries.ts';
import { APOSTROPHE } from './char-class.ts';
import { compiledEntities, compileMatcher, PLURAL, SHORT, type CompiledMatcher } from './compiled.ts';
import { checkCompiled } from './compiled-check.ts';
import { createUnits, normalizeInto } from './normalize.ts';
import type { PatternTable } from './patterns.ts';
import { RuleChecker, type Candidate, type PageState } from './rules.ts';
import { childOf } from './trie.ts';
import { createCoreScan } from './wasm-scan.ts';

/** What a page has shown so far (defined beside the rules that read it). */
export type { PageState } from './rules.ts';

/** One mention: original offsets in the text, and the entity it names. */
export interface Mention {
  start: number;
  end: number;
  /** Index into the matcher's entities. */
  entity: number;
}

/** What a matcher knows of its dataset: the version, and the entities mentions point into. */
export interface MatcherTable {
  version: number;
  entities: ReadonlyArray<{ id: string; kind: EntityKind }>;
}

/** A matcher compiled for one dataset version. */
export interface Matcher {
  readonly table: MatcherTable;
  /** What scans its blocks: the WebAssembly core, or JavaScript alone where WebAssembly does not run. */
  readonly core: 'wasm' | 'js';
  /** Bytes of memory the WebAssembly core holds (0 without it), beside the JavaScript heap. */
  readonly coreBytes: number;
  /** Finds the mentions in one block of text, updating the page state as full names appear. */
  find(text: string, state: PageState): Mention[];
}

/** Creates a page state with nothing seen. */
export function newPageState(): PageState {
  return { seenFull: new Set() };
}

const S = 115;
const E = 101;
/** Units of normalization buffer a matcher keeps between calls. */
const LARGEST_KEPT_BUFFER = 1 << 18;

/** How to build a matcher. */
export interface MatcherOptions {
  /** Scan in JavaScript even where the WebAssembly core runs (to test and measure that path). */
  javascriptOnly?: boolean;
}

/**
 * A matcher over a compiled record (fresh, or read back from storage); throws if the record is
 * malformed. Blocks are scanned on the WebAssembly core where it runs (`wasm-scan.ts`); the
 * JavaScript scan below takes the blocks the core leaves (over 64k units, characters that expand or
 * lie outside the first plane) and every block where WebAssembly is refused.
 */
export function matcherFromCompiled(record: CompiledMatcher, options: MatcherOptions = {}): Matcher {
  checkCompiled(record);
  const rules = new RuleChecker(record);
  const core = options.javascriptOnly ? null : createCoreScan(record, rules);
  // With the core, its copy of the trie is the one walked: the record's arrays need not stay alive.
  const trie = core?.trie ?? record;
  const { outStart, firstChild, label } = trie;
  const { patternFlags, patternEntity } = record;
  let units = createUnits(1024);
  // Most walks start with an ASCII letter: the root's children by code unit, without a search.
  const rootAscii = new Int32Array(128).fill(-1);
  for (let v = firstChild[0] as number; v < (firstChild[1] as number); v++) {
    if ((label[v] as number) < 128) rootAscii[label[v] as number] = v;
  }
  const candidates: Candidate[] = [];

  /** Every alias ending at a word boundary (or before a plural ending) that starts at unit `i`. */
  function collect(i: number): number {
    const { folded, length } = units;
    let count = 0;
    let v = 0;
    for (let j = i; j < length; j++) {
      const unit = folded[j] as number;
      v = v === 0 && unit < 128 ? (rootAscii[unit] as number) : childOf(trie, v, unit);
      if (v < 0) break;
      const first = outStart[v] as number;
      const last = outStart[v + 1] as number;
      if (first === last) continue;
      const e = j + 1;
      const whole = !goesOn(units, e);
      const s = !whole && folded[e] === S && e < length && !goesOn(units, e + 1);
      const es = !whole && !s && folded[e] === E && folded[e + 1] === S && e + 1 < length && !goesOn(units, e + 2);
      if (!whole && !s && !es) continue;
      for (let p = first; p < last; p++) {
        if (!whole && !((patternFlags[p] as number) & PLURAL)) continue;
        const end = whole ? e : s ? e + 1 : e + 2;
        const c = candidates[count] ?? { pattern: 0, start: 0, aliasEnd: 0, end: 0 };
        c.pattern = p;
        c.start = i;
        c.aliasEnd = e;
        c.end = end;
        candidates[count++] = c;
      }
    }
    return count;
  }

  /** The longest accepted candidate at unit `i`; ties go to the shorter alias, then the earlier pattern (the more specific claim, see `compilePatterns`). */
  function longestAt(text: string, i: number, state: PageState): Candidate | null {
    const count = collect(i);
    for (let tried = 0; tried < count; tried++) {
      let best = -1;
      for (let k = 0; k < count; k++) {
        const c = candidates[k] as Candidate;
        if (c.pattern >= 0 && (best < 0 || c.end > (candidates[best] as Candidate).end)) best = k;
      }
      const c = candidates[best] as Candidate;
      if (rules.accepts(text, units, c, state)) return c;
      c.pattern = -1;
    }
    return null;
  }

  return {
    table: { version: record.version, entities: compiledEntities(record) },
    core: core ? 'wasm' : 'js',
    coreBytes: core?.memoryBytes ?? 0,
    find(text, state) {
      const fromCore = core?.find(text, state);
      if (fromCore) return fromCore;
      normalizeInto(text, units);
      const { word, folded, map, length } = units;
      const mentions: Mention[] = [];
      for (let i = 0; i < length; i++) {
        // Most units are inside a word or outside any: the apostrophe rules are looked at only after one.
        if (word[i] === 0 || (i > 0 && word[i - 1] !== 0)) continue;
        if (folded[i - 1] === APOSTROPHE && continuesWord(units, i)) continue;
        const hit = longestAt(text, i, state);
        if (!hit) continue;
        const entity = patternEntity[hit.pattern] as number;
        mentions.push({ start: map[i] as number, end: map[hit.end] as number, entity });
        if (!((patternFlags[hit.pattern] as number) & SHORT)) state.seenFull.add(entity);
        i = hit.end - 1;
      }
      // One huge block should not keep megabytes of buffers for the rest of the worker's life.
      if (units.map.length > LARGEST_KEPT_BUFFER) units = createUnits(1024);
      return mentions;
    },
  };
}

/** Compiles a matcher for a pattern table. */
export function createMatcher(table: PatternTable, options: MatcherOptions = {}): Matcher {
  return matcherFromCompiled(compileMatcher(table), options);
}
