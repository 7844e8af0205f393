/**
 * Text normalization for matching, with an exact map back to the original offsets. Both the page's
 * text and the aliases go through it, so that hyphens, dashes and every kind of space match each
 * other, curly and straight apostrophes match, diacritics fold, and soft hyphens vanish.
 */

/** Normalized text: `folded` (lowercase) and `cased` share one length and one offset map. */
export interface NormalizedText {
  folded: string;
  cased: string;
  /** `map[i]` is the original offset of normalized char `i`; `map[length]` is the original length. */
  map: Int32Array;
}

const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const APOSTROPHE = /[\u2018\u2019\u201b\u02bc\u2032\uff07`]/;
const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for a letter or a digit in any script, or an underscore (`Ring_Apple` is one word, a handle). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(ch);
}

/** True for an uppercase letter. */
export function isUpperCase(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Normalizes `text`; see the module comment for what folds. */
export function normalizeText(text: string): NormalizedText {
  let folded = '';
  let cased = '';
  let map = new Int32Array(text.length + 1);
  let n = 0;
  const reserve = (extra: number): void => {
    if (n + extra + 1 <= map.length) return;
    const grown = new Int32Array((map.length + extra) * 2);
    grown.set(map);
    map = grown;
  };
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let out: string;
    if (code < 128 && code !== 45 && code !== 96 && !(code <= 32)) {
      out = text[i] as string;
    } else {
      const ch = text[i] as string;
      if (SPACE_LIKE.test(ch) || code < 32) {
        if (lastWasSpace) continue;
        out = ' ';
      } else if (INVISIBLE.test(ch)) {
        continue;
      } else if (APOSTROPHE.test(ch)) {
        out = "'";
      } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        out = text.slice(i, i + 2);
        reserve(2);
        map[n++] = i;
        map[n++] = i;
        folded += out;
        cased += out;
        i++;
        lastWasSpace = false;
        continue;
      } else {
        out = ch.normalize('NFD').replace(MARKS, '') || ch;
      }
    }
    reserve(out.length);
    for (let k = 0; k < out.length; k++) {
      const c = out[k] as string;
      const lower = c.toLowerCase();
      cased += c;
      folded += lower.length === 1 ? lower : c;
      map[n++] = i;
    }
    lastWasSpace = out === ' ';
  }
  map[n] = text.length;
  return { folded, cased, map: map.subarray(0, n + 1) };
}
