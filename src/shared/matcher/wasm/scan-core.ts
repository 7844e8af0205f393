/**
 * The matcher's scan as WebAssembly (AssemblyScript, compiled by `scripts/build-wasm.ts`): UTF-8 text
 * normalized into code units with a map back to UTF-16 offsets, word starts, the trie walk and the
 * choice of the longest candidate. It does what `normalize.ts`, `boundaries.ts` and `match.ts` do in
 * JavaScript, and runs at compiled speed from its first call, where the JavaScript scan spends a
 * woken worker's first page in V8's slower tiers. Anything rare goes back to JavaScript: a
 * character whose class is not yet known (`classify`), a word start after an apostrophe
 * (`continuesWord`: "l'Airbus" starts a word, "O'Neill" does not), and every candidate with a rule other than its case forms (`accepts`), or with a
 * Title Case or ALL CAPS form of a non-ASCII alias; a character that expands or lies outside the
 * first plane makes `normalize` give up, and the block is scanned in JavaScript.
 *
 * Memory is laid out by `wasm-scan.ts` (see `memory.ts`); the case-form rules are in `case-forms.ts`.
 */

/** Fills the character tables for code unit `code` and returns its kind. */
declare function classify(code: i32): i32;
/** 1 when unit `i`, after an apostrophe, continues the word before it (see `continuesWord` in `boundaries.ts`). */
declare function continuesWord(i: i32): i32;
/** 1 when candidate `candidate` passes its rules, given the `mentions` found so far in the block. */
declare function accepts(candidate: i32, mentions: i32): i32;

import { ACCEPT, ASK, ruleCheck } from './case-forms';
import {
  at16,
  at32,
  CASE,
  candidates,
  FOLD,
  firstChild,
  foldedAt,
  KIND,
  label,
  map,
  mentions,
  outStart,
  patternFlags,
  put,
  rootAscii,
  WORD_CLASS,
  wordAt,
} from './memory';
import { codePointAt, next } from './utf8';

export { init } from './memory';
export { decodeStrings } from './utf8';

// Character kinds, as in `char-class.ts`.
const WORD: i32 = 1;
const OTHER: i32 = 2;
const SPACE: i32 = 3;
const DROP: i32 = 4;
const PLURAL: i32 = 2;
const LETTER_UNIT: i32 = 1;
const APOSTROPHE: i32 = 39;
const S: i32 = 115;
const E: i32 = 101;

/**
 * Normalizes the `bytes` of UTF-8 at the input into the unit buffers, as `normalizeInto` does, and
 * returns the number of units; -1 when a character needs the JavaScript path.
 */
export function normalize(bytes: i32, textLength: i32): i32 {
  let offset = 0;
  let n = 0;
  for (let i = 0; i < bytes; i = next) {
    const code = codePointAt(i);
    if (code > 0xffff) return -1;
    let kind = <i32>load<u8>(KIND + <usize>code);
    if (kind == 0) kind = classify(code);
    if (kind == WORD || kind == OTHER) {
      const unit = (<usize>code) << 1;
      put(n++, load<u16>(FOLD + unit), load<u16>(CASE + unit), load<u8>(WORD_CLASS + <usize>code), offset);
    } else if (kind == SPACE) {
      if (n == 0 || foldedAt(n - 1) != 32) put(n++, 32, 32, 0, offset);
    } else if (kind != DROP) {
      return -1;
    }
    offset++;
  }
  store<i32>(map + ((<usize>n) << 2), textLength);
  return n;
}

/** True when a word goes on at unit `e` of `n` (see `goesOn` in `boundaries.ts`). */
function goesOn(e: i32, n: i32): bool {
  if (e >= n) return false;
  if (wordAt(e) != 0) return true;
  if (foldedAt(e) != APOSTROPHE || e == 0 || e + 1 >= n) return false;
  if (wordAt(e - 1) != LETTER_UNIT || wordAt(e + 1) != LETTER_UNIT) return false;
  return !(foldedAt(e + 1) == S && (e + 2 >= n || wordAt(e + 2) == 0));
}

/** The child of node `v` along `unit`, or -1 (see `childOf` in `trie.ts`). */
function childOf(v: i32, unit: i32): i32 {
  let low = at32(firstChild, v);
  let high = at32(firstChild, v + 1) - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = at16(label, mid);
    if (at == unit) return mid;
    if (at < unit) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Writes every candidate starting at unit `i` as (pattern, start, alias end, end); returns how many. */
function collect(i: i32, n: i32): i32 {
  let count = 0;
  let v = 0;
  for (let j = i; j < n; j++) {
    const unit = foldedAt(j);
    v = v == 0 && unit < 128 ? at32(rootAscii, unit) : childOf(v, unit);
    if (v < 0) break;
    const first = at32(outStart, v);
    const last = at32(outStart, v + 1);
    if (first == last) continue;
    const e = j + 1;
    const whole = !goesOn(e, n);
    const s = !whole && e < n && foldedAt(e) == S && !goesOn(e + 1, n);
    const es = !whole && !s && e + 1 < n && foldedAt(e) == E && foldedAt(e + 1) == S && !goesOn(e + 2, n);
    if (!whole && !s && !es) continue;
    const end = whole ? e : s ? e + 1 : e + 2;
    for (let p = first; p < last; p++) {
      if (!whole && !((<i32>load<u8>(patternFlags + <usize>p)) & PLURAL)) continue;
      const at = candidates + ((<usize>count) << 4);
      store<i32>(at, p);
      store<i32>(at, i, 4);
      store<i32>(at, e, 8);
      store<i32>(at, end, 12);
      count++;
    }
  }
  return count;
}

/** The accepted candidate at unit `i`, longest first (ties to the earlier one), or -1. */
function longestAt(i: i32, n: i32, found: i32): i32 {
  const count = collect(i, n);
  for (let tried = 0; tried < count; tried++) {
    let best = -1;
    let bestEnd = -1;
    for (let k = 0; k < count; k++) {
      const at = candidates + ((<usize>k) << 4);
      if (load<i32>(at) >= 0 && load<i32>(at, 12) > bestEnd) {
        best = k;
        bestEnd = load<i32>(at, 12);
      }
    }
    const at = candidates + ((<usize>best) << 4);
    const verdict = ruleCheck(load<i32>(at), i, load<i32>(at, 8));
    if (verdict == ACCEPT || (verdict == ASK && accepts(best, found) != 0)) return best;
    store<i32>(at, -1);
  }
  return -1;
}

/**
 * Finds the mentions in the `n` normalized units, leftmost-longest and non-overlapping, and writes
 * each as (original start, original end, pattern); returns how many.
 */
export function scan(n: i32): i32 {
  let found = 0;
  for (let i = 0; i < n; i++) {
    if (wordAt(i) == 0 || (i > 0 && wordAt(i - 1) != 0)) continue;
    if (i > 0 && foldedAt(i - 1) == APOSTROPHE && continuesWord(i) != 0) continue;
    const hit = longestAt(i, n, found);
    if (hit < 0) continue;
    const at = candidates + ((<usize>hit) << 4);
    const end = load<i32>(at, 12);
    const out = mentions + <usize>found * 12;
    store<i32>(out, at32(map, i));
    store<i32>(out, at32(map, end), 4);
    store<i32>(out, load<i32>(at), 8);
    found++;
    i = end - 1;
  }
  return found;
}
