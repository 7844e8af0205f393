/**
 * The alias rules a candidate must pass before it counts: case forms, accents, short forms (full
 * name seen earlier, not before another capitalised word), exclusions and context. They run only on
 * the few places where the trie found an alias, so they may build small strings.
 */
import { continuesWord, goesOn } from './boundaries.ts';
import {
  CONTEXT,
  EXACT,
  EXCLUDE,
  FORM,
  FORM_BASE,
  MARKED,
  SHORT,
  TITLE,
  UPPER,
  type CompiledMatcher,
} from './compiled.ts';
import { isUpperCase, lettersAndMarks, unitsToString, type NormalizedUnits } from './normalize.ts';
import { titleCase } from './patterns.ts';

/** How far around a mention `context` words count. */
export const CONTEXT_WORDS = 12;

/** What a page has shown so far: the entities whose full name has appeared. */
export interface PageState {
  seenFull: Set<number>;
}

/** One candidate: pattern `pattern` matched units `start` … `aliasEnd`, and with its plural ending, `end`. */
export interface Candidate {
  pattern: number;
  start: number;
  aliasEnd: number;
  end: number;
}

function equalsUnits(units: Uint16Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (units[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** What the rules read of a compiled record: the pattern and rule arrays and the rule strings. */
export type RuleArrays = Pick<
  CompiledMatcher,
  'patternFlags' | 'patternEntity' | 'ruleStart' | 'ruleKind' | 'ruleString' | 'stringText' | 'stringStart'
>;

/** Checks the rules of compiled patterns against normalized text. */
export class RuleChecker {
  private readonly record: RuleArrays;

  /** Keeps only the rule arrays of `record`: a matcher on the WebAssembly core need not keep the trie's. */
  constructor(record: RuleArrays) {
    const { patternFlags, patternEntity, ruleStart, ruleKind, ruleString, stringText, stringStart } = record;
    this.record = { patternFlags, patternEntity, ruleStart, ruleKind, ruleString, stringText, stringStart };
  }

  private text(rule: number): string {
    const { stringText, stringStart, ruleString } = this.record;
    const s = ruleString[rule] as number;
    return stringText.slice(stringStart[s], stringStart[s + 1]);
  }

  private hasForm(units: NormalizedUnits, c: Candidate, flags: number, first: number, last: number): boolean {
    const length = c.aliasEnd - c.start;
    const fits = (form: string): boolean => form.length === length && equalsUnits(units.cased, c.start, form);
    for (let r = first; r < last; r++) {
      const kind = this.record.ruleKind[r];
      if (kind === FORM && fits(this.text(r))) return true;
      if (kind !== FORM_BASE) continue;
      const base = this.text(r);
      if (fits(base) || (flags & TITLE && fits(titleCase(base))) || (flags & UPPER && fits(base.toUpperCase())))
        return true;
    }
    return false;
  }

  /** True when the next word after `end` starts with a capital ("Li Qiang" is not "Li" of someone else). */
  private beforeCapital(units: NormalizedUnits, end: number): boolean {
    if (end + 1 >= units.length || units.cased[end] !== 32) return false;
    const next = units.cased[end + 1] as number;
    const pairs = next >= 0xd800 && next <= 0xdbff && end + 2 < units.length;
    return isUpperCase(pairs ? unitsToString(units.cased, end + 1, end + 3) : String.fromCharCode(next));
  }

  private isExcluded(units: NormalizedUnits, c: Candidate, phrase: string): boolean {
    const key = unitsToString(units.folded, c.start, c.aliasEnd);
    for (let k = phrase.indexOf(key); k !== -1; k = phrase.indexOf(key, k + 1)) {
      const from = c.start - k;
      const to = from + phrase.length;
      if (from < 0 || to > units.length || !equalsUnits(units.folded, from, phrase)) continue;
      // A phrase that ends with the alias covers the plural the candidate took ("potato chips").
      const end = k + key.length === phrase.length ? c.end : to;
      if (!continuesWord(units, from) && !goesOn(units, end)) return true;
    }
    return false;
  }

  private hasContext(units: NormalizedUnits, c: Candidate, phrases: string[]): boolean {
    const { folded, length } = units;
    let from = c.start;
    for (let words = 0; from > 0 && words <= CONTEXT_WORDS; from--) if (folded[from - 1] === 32) words++;
    let to = c.end;
    for (let words = 0; to < length && words <= CONTEXT_WORDS; to++) if (folded[to] === 32) words++;
    const window = unitsToString(folded, from, to);
    return phrases.some((phrase) => {
      for (let at = window.indexOf(phrase); at !== -1; at = window.indexOf(phrase, at + 1)) {
        if (!continuesWord(units, from + at) && !goesOn(units, from + at + phrase.length)) return true;
      }
      return false;
    });
  }

  /** True when the original text of candidate `c` has the accents `marks` has (see `lettersAndMarks`). */
  private hasMarks(text: string, units: NormalizedUnits, c: Candidate, marks: string): boolean {
    return lettersAndMarks(text.slice(units.map[c.start], units.map[c.aliasEnd])) === marks;
  }

  /** True when candidate `c` in `text` (normalized as `units`) passes every rule of its pattern, given what the page has shown. */
  accepts(text: string, units: NormalizedUnits, c: Candidate, state: PageState): boolean {
    const { patternFlags, patternEntity, ruleStart, ruleKind } = this.record;
    const flags = patternFlags[c.pattern] as number;
    const first = ruleStart[c.pattern] as number;
    const last = ruleStart[c.pattern + 1] as number;
    if (flags & EXACT && !this.hasForm(units, c, flags, first, last)) return false;
    if (flags & SHORT) {
      if (!state.seenFull.has(patternEntity[c.pattern] as number)) return false;
      if (this.beforeCapital(units, c.end)) return false;
    }
    const context: string[] = [];
    for (let r = first; r < last; r++) {
      if (ruleKind[r] === MARKED && !this.hasMarks(text, units, c, this.text(r))) return false;
      if (ruleKind[r] === EXCLUDE && this.isExcluded(units, c, this.text(r))) return false;
      if (ruleKind[r] === CONTEXT) context.push(this.text(r));
    }
    return context.length === 0 || this.hasContext(units, c, context);
  }
}
