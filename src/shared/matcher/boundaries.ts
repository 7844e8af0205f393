/**
 * Word boundaries in normalized text, after Unicode's word rules (UAX #29): a word is a run of
 * letters, digits and underscores in any script, and an apostrophe between two letters joins them
 * ("Xi'an", "O'Neill" are one word). Two exceptions keep names findable: the possessive "'s" may
 * follow a name ("Lutnick's"), and a name may follow an elided article ("l'Airbus", "dell'Unione").
 */
import { APOSTROPHE, LETTER_UNIT, NOT_WORD } from './char-class.ts';
import type { NormalizedUnits } from './normalize.ts';

const S = 115;

/** French and Italian words that elide before a vowel, folded: what comes after them is a new word. */
const ELIDED = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'un',
  'all',
  'dall',
  'dell',
  'nell',
  'sull',
  'coll',
  'quell',
]);
const LONGEST_ELIDED = 6;

/** True when the letters ending right before unit `end` form an elided article. */
function isElided(units: NormalizedUnits, end: number): boolean {
  let from = end;
  while (from > 0 && units.word[from - 1] !== NOT_WORD && end - from <= LONGEST_ELIDED) from--;
  if (end - from > LONGEST_ELIDED || (from > 0 && units.folded[from - 1] === APOSTROPHE)) return false;
  return ELIDED.has(String.fromCharCode(...units.folded.subarray(from, end)));
}

/** True when unit `i` continues a word that began before it: no match may start at `i`. */
export function continuesWord(units: NormalizedUnits, i: number): boolean {
  if (i <= 0 || i >= units.length) return false;
  const { word, folded } = units;
  if (word[i - 1] !== NOT_WORD) return true;
  if (i < 2 || folded[i - 1] !== APOSTROPHE || word[i - 2] !== LETTER_UNIT || word[i] !== LETTER_UNIT) return false;
  return !isElided(units, i - 1);
}

/** True when a word goes on at unit `e`: no match may end right before `e`. */
export function goesOn(units: NormalizedUnits, e: number): boolean {
  const { word, folded, length } = units;
  if (e >= length) return false;
  if (word[e] !== NOT_WORD) return true;
  if (folded[e] !== APOSTROPHE || e === 0 || e + 1 >= length) return false;
  if (word[e - 1] !== LETTER_UNIT || word[e + 1] !== LETTER_UNIT) return false;
  // "'s" closing a word is a possessive; anything else after the apostrophe is the same word.
  return !(folded[e + 1] === S && (e + 2 >= length || word[e + 2] === NOT_WORD));
}

/** True when a match may start at unit `i`: a word character that does not continue a word. */
export function startsWord(units: NormalizedUnits, i: number): boolean {
  return i < units.length && units.word[i] !== NOT_WORD && !continuesWord(units, i);
}
