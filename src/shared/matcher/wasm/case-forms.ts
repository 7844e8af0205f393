/**
 * The case-form rules, checked in the core: a case-exact alias counts only as written, or in Title
 * Case or ALL CAPS when its flags allow (as `RuleChecker.hasForm` decides in JavaScript). Every other
 * rule, and Title Case or ALL CAPS of a non-ASCII alias (whose case maps may change its length), is
 * left to JavaScript.
 */
import { at16, at32, cased, patternFlags, ruleKind, ruleStart, ruleString, stringStart, strings } from './memory';

// Pattern flags and rule kinds, as in `compiled.ts`.
const SHORT: i32 = 1;
const EXACT: i32 = 4;
const TITLE: i32 = 8;
const UPPER: i32 = 16;
const FORM_BASE: i32 = 0;
const FORM: i32 = 1;

/** What `ruleCheck` decides: the candidate fails its rules. */
export const REJECT: i32 = 0;
/** The candidate passes its rules. */
export const ACCEPT: i32 = 1;
/** JavaScript must decide. */
export const ASK: i32 = 2;

/** True when every unit of the rule string units `from` … `to` is ASCII. */
function isAscii(from: i32, to: i32): bool {
  for (let k = from; k < to; k++) if (at16(strings, k) >= 128) return false;
  return true;
}

/**
 * True when the block's cased units from `start` equal rule string units `from` … `to`: as written
 * (`how` 0), in Title Case (`TITLE`: a lowercase ASCII letter that starts a word is capitalised) or
 * in ALL CAPS (`UPPER`: every lowercase ASCII letter is).
 */
function equalsForm(start: i32, from: i32, to: i32, how: i32): bool {
  for (let k = from; k < to; k++) {
    let unit = at16(strings, k);
    const startsWord = k == from || at16(strings, k - 1) == 32;
    if (unit >= 97 && unit <= 122 && (how == UPPER || (how == TITLE && startsWord))) unit -= 32;
    if (at16(cased, start + k - from) != unit) return false;
  }
  return true;
}

/** Whether pattern `p`, matched over block units `start` … `aliasEnd`, passes its rules: `ACCEPT`, `REJECT` or `ASK`. */
export function ruleCheck(p: i32, start: i32, aliasEnd: i32): i32 {
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
  for (let r = first; r < last; r++) {
    const from = at32(stringStart, at32(ruleString, r));
    const to = at32(stringStart, at32(ruleString, r) + 1);
    const derived = <i32>load<u8>(ruleKind + <usize>r) == FORM_BASE ? flags & (TITLE | UPPER) : 0;
    if (derived && !isAscii(from, to)) {
      verdict = ASK;
      continue;
    }
    if (to - from != aliasEnd - start) continue;
    if (equalsForm(start, from, to, 0)) return ACCEPT;
    if (derived & TITLE && equalsForm(start, from, to, TITLE)) return ACCEPT;
    if (derived & UPPER && equalsForm(start, from, to, UPPER)) return ACCEPT;
  }
  return verdict;
}
