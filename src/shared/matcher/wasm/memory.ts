/**
 * The core's memory: the character tables at fixed offsets, then a header in which `wasm-scan.ts`
 * writes where every other region starts (in the order of `Region` there and of `init` here), then
 * the regions. Also the small readers and writers the scan uses on them.
 */

// Character tables by code unit, as in `char-class.ts`: kind, word class, folded and cased unit.
export const KIND: usize = 0;
export const WORD_CLASS: usize = 65536;
export const FOLD: usize = 131072;
export const CASE: usize = 262144;
/** The header: one i32 offset per region. */
const HEADER: usize = 393216;

export let firstChild: usize = 0;
export let label: usize = 0;
export let outStart: usize = 0;
export let patternFlags: usize = 0;
export let ruleStart: usize = 0;
export let ruleKind: usize = 0;
export let ruleString: usize = 0;
export let stringStart: usize = 0;
export let strings: usize = 0;
export let rootAscii: usize = 0;
export let input: usize = 0;
export let folded: usize = 0;
export let cased: usize = 0;
export let word: usize = 0;
export let map: usize = 0;
export let mentions: usize = 0;
export let candidates: usize = 0;

function region(index: usize): usize {
  return <usize>load<i32>(HEADER + (index << 2));
}

/** Reads the regions' offsets from the header, and indexes the root's ASCII children. */
export function init(): void {
  firstChild = region(0);
  label = region(1);
  outStart = region(2);
  patternFlags = region(3);
  ruleStart = region(4);
  ruleKind = region(5);
  ruleString = region(6);
  stringStart = region(7);
  strings = region(8);
  rootAscii = region(9);
  input = region(10);
  folded = region(11);
  cased = region(12);
  word = region(13);
  map = region(14);
  mentions = region(15);
  candidates = region(16);
  for (let unit: usize = 0; unit < 128; unit++) store<i32>(rootAscii + (unit << 2), -1);
  const last = at32(firstChild, 1);
  for (let v = at32(firstChild, 0); v < last; v++) {
    const unit = <usize>load<u16>(label + ((<usize>v) << 1));
    if (unit < 128) store<i32>(rootAscii + (unit << 2), v);
  }
}

/** Element `index` of the i32 array at `array`. */
export function at32(array: usize, index: i32): i32 {
  return load<i32>(array + ((<usize>index) << 2));
}

/** Element `index` of the u16 array at `array`. */
export function at16(array: usize, index: i32): i32 {
  return <i32>load<u16>(array + ((<usize>index) << 1));
}

/** Folded unit `i` of the block. */
export function foldedAt(i: i32): i32 {
  return at16(folded, i);
}

/** Word class of unit `i` of the block. */
export function wordAt(i: i32): i32 {
  return <i32>load<u8>(word + <usize>i);
}

/** Writes unit `n` of the block. */
export function put(n: i32, fold: u16, kept: u16, wordClass: u8, offset: i32): void {
  store<u16>(folded + ((<usize>n) << 1), fold);
  store<u16>(cased + ((<usize>n) << 1), kept);
  store<u8>(word + <usize>n, wordClass);
  store<i32>(map + ((<usize>n) << 2), offset);
}
