/**
 * The matcher's scan as WebAssembly (AssemblyScript, compiled by `scripts/build-wasm.ts`): UTF-8 text
 * normalized into code units with a map back to UTF-16 offsets, word starts, the trie walk and the
 * choice of the longest candidate. It does what `normalize.ts`, `boundaries.ts` and `match.ts` do in
 * JavaScript, and runs at compiled speed from its first call, where the JavaScript scan spends a
 * woken worker's first page in V8's slower tiers. Anything rare goes back to JavaScript: a
 * character whose class is not yet known (`classify`), an apostrophe that may end an elided article
 * (`elided`), and every candidate with a rule other than its case forms (`accepts`), or with a
 * Title Case or ALL CAPS form of a non-ASCII alias; a character that expands or lies outside the
 * first plane makes `normalize` give up, and the block is scanned in JavaScript.
 *
 * Memory is laid out by `wasm-scan.ts` and handed over in `setLayout`; the character tables sit at
 * fixed offsets.
 */

/** Fills the character tables for code unit `code` and returns its kind. */
declare function classify(code: i32): i32;
/** 1 when the letters ending before unit `end` form an elided article ("l'", "dell'"). */
declare function elided(end: i32): i32;
/** 1 when candidate `candidate` passes its rules, given the `mentions` found so far in the block. */
declare function accepts(candidate: i32, mentions: i32): i32;

// Character tables by code unit, as in `char-class.ts`: kind, word class, folded and cased unit.
const KIND: usize = 0;
const WORD_CLASS: usize = 65536;
const FOLD: usize = 131072;
const CASE: usize = 262144;

// Kinds and flags, as in `char-class.ts` and `compiled.ts`.
const WORD: i32 = 1;
const OTHER: i32 = 2;
const SPACE: i32 = 3;
const DROP: i32 = 4;
const SHORT: i32 = 1;
const PLURAL: i32 = 2;
const EXACT: i32 = 4;
const TITLE: i32 = 8;
const UPPER: i32 = 16;
// Rule kinds, as in `compiled.ts`.
const FORM_BASE: i32 = 0;
const FORM: i32 = 1;
// What `ruleCheck` decides.
const REJECT: i32 = 0;
const ACCEPT: i32 = 1;
const ASK: i32 = 2;
const LETTER_UNIT: i32 = 1;
const APOSTROPHE: i32 = 39;
const S: i32 = 115;
const E: i32 = 101;

let firstChild: usize = 0;
let label: usize = 0;
let outStart: usize = 0;
let patternFlags: usize = 0;
let ruleStart: usize = 0;
let rootAscii: usize = 0;
let input: usize = 0;
let folded: usize = 0;
let cased: usize = 0;
let word: usize = 0;
let map: usize = 0;
let candidates: usize = 0;
let mentions: usize = 0;
let ruleKind: usize = 0;
let ruleString: usize = 0;
let stringStart: usize = 0;
let strings: usize = 0;

/** Takes the offsets of the trie, the pattern arrays and the buffers, and indexes the root's ASCII children. */
export function setLayout(
  firstChildAt: usize,
  labelAt: usize,
  outStartAt: usize,
  patternFlagsAt: usize,
  ruleStartAt: usize,
  rootAsciiAt: usize,
  inputAt: usize,
  foldedAt: usize,
  casedAt: usize,
  wordAt: usize,
  mapAt: usize,
  candidatesAt: usize,
  mentionsAt: usize,
): void {
  firstChild = firstChildAt;
  label = labelAt;
  outStart = outStartAt;
  patternFlags = patternFlagsAt;
  ruleStart = ruleStartAt;
  rootAscii = rootAsciiAt;
  input = inputAt;
  folded = foldedAt;
  cased = casedAt;
  word = wordAt;
  map = mapAt;
  candidates = candidatesAt;
  mentions = mentionsAt;
  for (let unit: usize = 0; unit < 128; unit++) store<i32>(rootAscii + (unit << 2), -1);
  const last = at32(firstChild, 1);
  for (let v = at32(firstChild, 0); v < last; v++) {
    const unit = <usize>load<u16>(label + ((<usize>v) << 1));
    if (unit < 128) store<i32>(rootAscii + (unit << 2), v);
  }
}

/** Takes the offsets of the rule arrays and of the rule strings (UTF-16, filled by `decodeStrings`). */
export function setRules(ruleKindAt: usize, ruleStringAt: usize, stringStartAt: usize, stringsAt: usize): void {
  ruleKind = ruleKindAt;
  ruleString = ruleStringAt;
  stringStart = stringStartAt;
  strings = stringsAt;
}

/** The byte after the sequence `codePointAt` read last. */
let next = 0;

function continuation(i: i32): i32 {
  return (<i32>load<u8>(input + <usize>i)) & 0x3f;
}

/** The code point of the UTF-8 sequence at byte `i` of the input (well formed: `encodeInto` wrote it). */
function codePointAt(i: i32): i32 {
  const lead = <i32>load<u8>(input + <usize>i);
  if (lead < 0x80) {
    next = i + 1;
    return lead;
  }
  if (lead < 0xe0) {
    next = i + 2;
    return ((lead & 0x1f) << 6) | continuation(i + 1);
  }
  if (lead < 0xf0) {
    next = i + 3;
    return ((lead & 0x0f) << 12) | (continuation(i + 1) << 6) | continuation(i + 2);
  }
  next = i + 4;
  return ((lead & 0x07) << 18) | (continuation(i + 1) << 12) | (continuation(i + 2) << 6) | continuation(i + 3);
}

/** Decodes `bytes` of UTF-8 at the input into the rule strings from unit `at`; returns the unit after them. */
export function decodeStrings(bytes: i32, at: i32): i32 {
  let i = 0;
  let n = at;
  while (i < bytes) {
    let code = codePointAt(i);
    i = next;
    if (code > 0xffff) {
      code -= 0x10000;
      store<u16>(strings + ((<usize>n) << 1), <u16>(0xd800 + (code >> 10)));
      n++;
      code = 0xdc00 + (code & 0x3ff);
    }
    store<u16>(strings + ((<usize>n) << 1), <u16>code);
    n++;
  }
  return n;
}

function at32(array: usize, index: i32): i32 {
  return load<i32>(array + ((<usize>index) << 2));
}

function foldedAt(i: i32): i32 {
  return <i32>load<u16>(folded + ((<usize>i) << 1));
}

function wordAt(i: i32): i32 {
  return <i32>load<u8>(word + <usize>i);
}

function put(n: i32, fold: u16, kept: u16, wordClass: u8, offset: i32): void {
  store<u16>(folded + ((<usize>n) << 1), fold);
  store<u16>(cased + ((<usize>n) << 1), kept);
  store<u8>(word + <usize>n, wordClass);
  store<i32>(map + ((<usize>n) << 2), offset);
}

/**
 * Normalizes the `bytes` of UTF-8 at the input into the unit buffers, as `normalizeInto` does, and
 * returns the number of units; -1 when a character needs the JavaScript path.
 */
export function normalize(bytes: i32, textLength: i32): i32 {
  let i = 0;
  let offset = 0;
  let n = 0;
  while (i < bytes) {
    const code = codePointAt(i);
    if (code > 0xffff) return -1;
    i = next;
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
    const at = <i32>load<u16>(label + ((<usize>mid) << 1));
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

/** True when every unit of rule string `s` is ASCII. */
function isAscii(from: i32, to: i32): bool {
  for (let k = from; k < to; k++) if (load<u16>(strings + ((<usize>k) << 1)) >= 128) return false;
  return true;
}

/**
 * True when the cased units from `start` equal rule string units `from` … `to`, as written (`how`
 * 0), in Title Case (`TITLE`: a lowercase ASCII letter that starts a word is capitalised) or in ALL
 * CAPS (`UPPER`: every lowercase ASCII letter is). Title Case and ALL CAPS are asked of ASCII only.
 */
function equalsForm(start: i32, from: i32, to: i32, how: i32): bool {
  for (let k = from; k < to; k++) {
    let unit = <i32>load<u16>(strings + ((<usize>k) << 1));
    const startsWord = k == from || <i32>load<u16>(strings + ((<usize>(k - 1)) << 1)) == 32;
    if (unit >= 97 && unit <= 122 && (how == UPPER || (how == TITLE && startsWord))) unit -= 32;
    if (<i32>load<u16>(cased + ((<usize>(start + k - from)) << 1)) != unit) return false;
  }
  return true;
}

/**
 * Whether candidate pattern `p` over units `start` … `aliasEnd` passes its rules, when they are
 * case forms only (as `RuleChecker.hasForm` decides); `ASK` leaves the rest to JavaScript.
 */
function ruleCheck(p: i32, start: i32, aliasEnd: i32): i32 {
  const flags = <i32>load<u8>(patternFlags + <usize>p);
  const first = at32(ruleStart, p);
  const last = at32(ruleStart, p + 1);
  if (flags & SHORT) return ASK;
  if (!(flags & EXACT)) return first == last ? ACCEPT : ASK;
  for (let r = first; r < last; r++) {
    const kind = <i32>load<u8>(ruleKind + <usize>r);
    if (kind != FORM_BASE && kind != FORM) return ASK;
  }
  let verdict = REJECT;
  const length = aliasEnd - start;
  for (let r = first; r < last; r++) {
    const string = at32(ruleString, r);
    const from = at32(stringStart, string);
    const to = at32(stringStart, string + 1);
    const derived = <i32>load<u8>(ruleKind + <usize>r) == FORM_BASE && (flags & (TITLE | UPPER)) != 0;
    // Title Case and ALL CAPS of other letters (their case maps may change the length) are JavaScript's.
    if (derived && !isAscii(from, to)) verdict = ASK;
    if (to - from != length) continue;
    if (equalsForm(start, from, to, 0)) return ACCEPT;
    if (!derived || !isAscii(from, to)) continue;
    if (flags & TITLE && equalsForm(start, from, to, TITLE)) return ACCEPT;
    if (flags & UPPER && equalsForm(start, from, to, UPPER)) return ACCEPT;
  }
  return verdict;
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
    if (i >= 2 && foldedAt(i - 1) == APOSTROPHE && wordAt(i - 2) == LETTER_UNIT && wordAt(i) == LETTER_UNIT) {
      if (elided(i - 1) == 0) continue;
    }
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
