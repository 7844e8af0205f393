/**
 * What each UTF-16 code unit becomes when text is normalized for matching, computed on first sight
 * and kept in tables indexed by code unit, so that the scan of a page costs a few array reads per
 * character instead of a regular expression or a `normalize()` call.
 */

/** A letter, digit or underscore: part of a word (`wordTable` tells which). */
export const WORD = 1;
/** Any other character that stays (punctuation, symbols, the apostrophe). */
export const OTHER = 2;
/** A space, a line break, a hyphen or dash: all become one space. */
export const SPACE = 3;
/** Invisible characters and combining marks: dropped (marks fold into the letter before them). */
export const DROP = 4;
/** A character that decomposes into several (ligatures, Hangul syllables): see `expansionOf`. */
export const EXPAND = 5;
/** A high surrogate: the character is the pair it starts; see `astralChar`. */
export const HIGH = 6;

/** The normalized apostrophe, which every curly or modifier apostrophe becomes. */
export const APOSTROPHE = 39;

const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;
const APOSTROPHE_LIKE = /[\u2018\u2019\u201b\u02bc\u2032\u00b4\uff07`]/;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const LETTER = /^\p{L}$/u;
/** Letters and digits take their compatibility form (ﬁ → fi, Ａ → A, 𝐀 → A); other symbols keep theirs. */
const COMPATIBLE = /^[\p{L}\p{N}]$/u;

/** `wordClass` value: not part of a word. */
export const NOT_WORD = 0;
/** `wordClass` value: a letter (only letters join across an apostrophe). */
export const LETTER_UNIT = 1;
/** `wordClass` value: a digit or an underscore. */
export const DIGIT_UNIT = 2;

/** Which of `NOT_WORD`, `LETTER_UNIT` or `DIGIT_UNIT` a character (one unit, or a surrogate pair) is. */
export function wordClass(ch: string): number {
  return LETTER.test(ch) ? LETTER_UNIT : WORD_CHAR.test(ch) ? DIGIT_UNIT : NOT_WORD;
}

// Tables by code unit, filled on first sight by `kindOf`: the scan reads them directly.
/** Each unit's kind; 0 until `kindOf` has seen it. */
export const kindTable = new Uint8Array(65536);
/** Each `WORD` unit's `wordClass`. */
export const wordTable = new Uint8Array(65536);
/** The folded (lowercase) unit each `WORD` or `OTHER` unit becomes. */
export const foldTable = new Uint16Array(65536);
/** The cased unit each `WORD` or `OTHER` unit becomes. */
export const caseTable = new Uint16Array(65536);
const expansions = new Map<number, string>();
const astral = new Map<number, AstralChar>();

/** The lowercase of one code unit, when it is one code unit; final sigma folds to sigma. */
function lowerUnit(unit: string): number {
  const lower = unit.toLowerCase();
  if (lower === '\u03c2') return 0x3c3;
  return lower.length === 1 ? lower.charCodeAt(0) : unit.charCodeAt(0);
}

/** Letters whose stroke or missing dot is a diacritic to readers but not to Unicode (Łukasz is Lukasz). */
const STROKED: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D' };
const STROKE = /[ıłŁøØđĐðÐ]/g;

/** The letters a character stands for: compatibility-decomposed for letters and digits, marks removed. */
function decompose(ch: string): string {
  const letters = ch.normalize(COMPATIBLE.test(ch) ? 'NFKD' : 'NFD').replace(MARKS, '');
  return letters.replace(STROKE, (letter) => STROKED[letter] ?? letter);
}

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let kind: number;
  let out = code;
  if (INVISIBLE.test(ch) || MARK.test(ch)) {
    kind = DROP;
  } else if (code < 32 || SPACE_LIKE.test(ch)) {
    kind = SPACE;
    out = 32;
  } else if (APOSTROPHE_LIKE.test(ch)) {
    kind = OTHER;
    out = APOSTROPHE;
  } else if (code >= 0xd800 && code <= 0xdbff) {
    kind = HIGH;
  } else if (code >= 0xdc00 && code <= 0xdfff) {
    kind = OTHER;
  } else {
    const letters = decompose(ch);
    if (letters.length === 0) {
      kind = DROP;
    } else if (letters.length > 1) {
      kind = EXPAND;
      expansions.set(code, letters);
    } else {
      out = letters.charCodeAt(0);
      wordTable[code] = wordClass(letters);
      kind = wordTable[code] === NOT_WORD ? OTHER : WORD;
    }
  }
  kindTable[code] = kind;
  caseTable[code] = out;
  foldTable[code] = kind === WORD ? lowerUnit(String.fromCharCode(out)) : out;
  return kind;
}

/** The kind of a code unit: `WORD`, `OTHER`, `SPACE`, `DROP`, `EXPAND` or `HIGH`. */
export function kindOf(code: number): number {
  return kindTable[code] || classify(code);
}

/** The units an `EXPAND` character stands for; each is normalized again on its own. */
export function expansionOf(code: number): string {
  return expansions.get(code) ?? String.fromCharCode(code);
}

/** A character outside the first plane, normalized. */
export interface AstralChar {
  /** True when it stays itself (a surrogate pair); false when it stands for first-plane `letters`. */
  isPair: boolean;
  /** Its cased form: the pair, or the letters it stands for (mathematical bold 𝐀 is A). */
  letters: string;
  /** The pair lowercased, when `isPair`. */
  folded: string;
  /** Its `wordClass`. */
  word: number;
}

/** How a character outside the first plane normalizes; computed once per code point. */
export function astralChar(codePoint: number): AstralChar {
  let found = astral.get(codePoint);
  if (found === undefined) {
    const ch = String.fromCodePoint(codePoint);
    const letters = decompose(ch);
    const isPair = letters === ch;
    const lower = ch.toLowerCase();
    found = { isPair, letters, folded: lower.length === 2 ? lower : ch, word: wordClass(ch) };
    astral.set(codePoint, found);
  }
  return found;
}

// ASCII is classified up front: it is most of most pages.
for (let code = 0; code < 128; code++) classify(code);
