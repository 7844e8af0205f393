/**
 * Text normalization for matching, with an exact map back to the original offsets. Both the page's
 * text and the aliases go through it, so that hyphens, dashes and every kind of space match each
 * other, curly and straight apostrophes match, diacritics and compatibility forms fold, and soft
 * hyphens and other invisible characters vanish.
 */
import {
  astralChar,
  caseTable,
  DROP,
  EXPAND,
  expansionOf,
  foldTable,
  HIGH,
  kindOf,
  kindTable,
  OTHER,
  SPACE,
  WORD,
  wordTable,
} from './char-class.ts';

const WORD_OR_MARK = /^[\p{L}\p{N}\p{M}_]/u;

/** Normalized text as code units: what the matcher scans. All arrays share one length. */
export interface NormalizedUnits {
  /** Lowercased units. */
  folded: Uint16Array;
  /** Units with their case kept. */
  cased: Uint16Array;
  /** Per unit, its `wordClass`: 0 outside words, 1 for a letter, 2 for a digit or underscore (both halves of a pair). */
  word: Uint8Array;
  /** `map[i]` is the original offset of unit `i`; `map[length]` is the original length. */
  map: Int32Array;
  /** How many units are in use; the arrays may be longer. */
  length: number;
}

/** Normalized text as strings: `folded` (lowercase) and `cased` share one length and one offset map. */
export interface NormalizedText {
  folded: string;
  cased: string;
  /** `map[i]` is the original offset of normalized char `i`; `map[length]` is the original length. */
  map: Int32Array;
}

/** Empty buffers to normalize into; they grow as needed and can be reused from call to call. */
export function createUnits(capacity = 256): NormalizedUnits {
  return {
    folded: new Uint16Array(capacity),
    cased: new Uint16Array(capacity),
    word: new Uint8Array(capacity),
    map: new Int32Array(capacity + 1),
    length: 0,
  };
}

function grow(units: NormalizedUnits, needed: number): void {
  if (needed < units.map.length) return;
  const size = Math.max(needed + 1, units.map.length * 2);
  const folded = new Uint16Array(size);
  const cased = new Uint16Array(size);
  const word = new Uint8Array(size);
  const map = new Int32Array(size + 1);
  folded.set(units.folded);
  cased.set(units.cased);
  word.set(units.word);
  map.set(units.map);
  Object.assign(units, { folded, cased, word, map });
}

/** Appends the first-plane units of `letters` for original offset `at`; returns the new length. */
function appendLetters(units: NormalizedUnits, n: number, letters: string, at: number): number {
  grow(units, n + letters.length + 1);
  for (let k = 0; k < letters.length; k++) {
    const code = letters.charCodeAt(k);
    const kind = kindOf(code);
    if (kind === DROP) continue;
    if (kind === SPACE) {
      if (n > 0 && units.folded[n - 1] === 32) continue;
      units.folded[n] = units.cased[n] = 32;
    } else {
      units.folded[n] = kind === WORD || kind === OTHER ? (foldTable[code] as number) : code;
      units.cased[n] = kind === WORD || kind === OTHER ? (caseTable[code] as number) : code;
    }
    units.word[n] = kind === WORD ? (wordTable[code] as number) : 0;
    units.map[n++] = at;
  }
  return n;
}

/** Appends the character made of the surrogate pair at `i`; returns the new length. */
function appendAstral(units: NormalizedUnits, n: number, text: string, i: number): number {
  const char = astralChar(text.codePointAt(i) ?? 0);
  if (!char.isPair) return appendLetters(units, n, char.letters, i);
  grow(units, n + 3);
  for (let k = 0; k < 2; k++) {
    units.folded[n] = char.folded.charCodeAt(k);
    units.cased[n] = char.letters.charCodeAt(k);
    units.word[n] = char.word;
    units.map[n++] = i;
  }
  return n;
}

/**
 * Normalizes `text` into `units` (reusing its buffers) and returns it. The loop reads a few tables
 * per unit; anything rare (ligatures, characters outside the first plane) takes a slower path.
 */
export function normalizeInto(text: string, units: NormalizedUnits): NormalizedUnits {
  grow(units, text.length + 1);
  let { folded, cased, word, map } = units;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = kindTable[code] || kindOf(code);
    if (kind === WORD || kind === OTHER) {
      folded[n] = foldTable[code] as number;
      cased[n] = caseTable[code] as number;
      word[n] = wordTable[code] as number;
      map[n++] = i;
    } else if (kind === SPACE) {
      if (n > 0 && folded[n - 1] === 32) continue;
      folded[n] = cased[n] = 32;
      word[n] = 0;
      map[n++] = i;
    } else if (kind !== DROP) {
      const low = text.charCodeAt(i + 1);
      if (kind === HIGH && low >= 0xdc00 && low <= 0xdfff) {
        n = appendAstral(units, n, text, i);
        i++;
      } else if (kind === EXPAND) {
        n = appendLetters(units, n, expansionOf(code), i);
      } else {
        // A lone surrogate stays as it is, outside any word.
        folded[n] = cased[n] = code;
        word[n] = 0;
        map[n++] = i;
      }
      // Later units may not fit the text's length any more: make room and take the new buffers.
      grow(units, n + (text.length - i) + 1);
      ({ folded, cased, word, map } = units);
    }
  }
  map[n] = text.length;
  units.length = n;
  return units;
}

// Invisible joiners and variation selectors count as marks to Unicode, but are no accent.
const NOT_LETTER_OR_MARK = /[^\p{L}\p{N}\p{M}]|[\u034f\u180b-\u180d\ufe00-\ufe0f]/gu;

/**
 * The letters, digits and accents of `text`, lowercased and decomposed, and nothing else: what an
 * alias with exact diacritics compares ("Pará" gives `para` and a combining acute, "Para" `para`).
 * Spaces, dashes and apostrophes are left out, as the trie has matched them already.
 */
export function lettersAndMarks(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(NOT_LETTER_OR_MARK, '');
}

/** Reads normalized units back as a string. */
export function unitsToString(units: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let at = from; at < to; at += 8192) {
    // `fromCharCode` takes any array-like through `apply`; a spread would walk an iterator.
    const chunk = units.subarray(at, Math.min(to, at + 8192)) as unknown as number[];
    out += String.fromCharCode.apply(null, chunk);
  }
  return out;
}

// `normalizeText` copies its results out, so one scratch buffer serves every call.
const scratch = createUnits(256);

/** Normalizes `text`; see the module comment for what folds. */
export function normalizeText(text: string): NormalizedText {
  const units = normalizeInto(text, scratch);
  return {
    folded: unitsToString(units.folded, 0, units.length),
    cased: unitsToString(units.cased, 0, units.length),
    map: units.map.slice(0, units.length + 1),
  };
}

/**
 * True for a letter or a digit in any script, an underscore (`Ring_Apple` is one word, a handle), or
 * a combining mark (it belongs to the letter before it). Pass a whole character: a surrogate pair
 * is one character.
 */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const code = ch.charCodeAt(0);
  if (code < 0xd800 || code > 0xdfff) {
    const kind = kindOf(code);
    if (kind === WORD) return true;
    if (kind !== EXPAND && kind !== DROP) return false;
  }
  return WORD_OR_MARK.test(ch);
}

/** True for an uppercase letter. */
export function isUpperCase(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
