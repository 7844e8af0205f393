/**
 * Capitalised names a text holds that no mention covers: what a curator reads to find the people,
 * companies and laws real articles name that the dataset does not know yet.
 */

/** A mention's place in its block, as the matcher reports it. */
export interface Covered {
  start: number;
  end: number;
}

/** Words that start sentences or name nothing (days and months too): dropped from the front of a candidate. */
const LEADING = new Set(
  (
    'A An And As At But By For From He Her His However I If In It Its Meanwhile Mr Mrs Ms Dr On Or Our She ' +
    'Since Still That The Their These They This Those To Under We When While With According After Before Also ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December'
  ).split(' '),
);

/** Runs of capitalised words (and the small words inside names, such as "of the"), acronyms included. */
const NAME_RUN = /\b[A-Z][\p{L}'’-]*(?:\s+(?:(?:of|the|for|de|von|der)\s+)*(?:[A-Z][\p{L}'’-]*|\d+[A-Za-z]*))*/gu;

/**
 * The capitalised names in `block` that overlap none of `covered`: a leading sentence word is dropped,
 * a possessive trimmed, and single words kept only when they are acronyms or four letters or more.
 */
export function missedNames(block: string, covered: readonly Covered[]): string[] {
  const names: string[] = [];
  for (const run of block.matchAll(NAME_RUN)) {
    const words = run[0].replace(/['’]s$/, '').split(/\s+/);
    let skipped = 0;
    while (words.length > 0 && LEADING.has(words[0] ?? '')) skipped += (words.shift() ?? '').length + 1;
    const name = words.join(' ');
    if (!name || (words.length === 1 && !/^[A-Z]{2,}$/.test(name) && name.length < 4)) continue;
    const start = run.index + run[0].indexOf(name, skipped);
    const end = start + name.length;
    if (!covered.some((m) => m.start < end && m.end > start)) names.push(name);
  }
  return names;
}
