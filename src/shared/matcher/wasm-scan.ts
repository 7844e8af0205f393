/**
 * The matcher's scan on the WebAssembly core (`wasm/scan-core.ts`): this module lays out its memory
 * (character tables, the trie, the pattern arrays, buffers for one block), copies the record in,
 * and answers the core's calls back (a character seen for the first time, a word start after an
 * apostrophe, a candidate with rules). The core runs at compiled speed from its first block; the JavaScript scan
 * in `match.ts` stays for what the core leaves to it and for engines that refuse WebAssembly.
 */
import { continuesWord } from './boundaries.ts';
import { caseTable, foldTable, kindOf, kindTable, wordTable } from './char-class.ts';
import { SHORT, type CompiledMatcher } from './compiled.ts';
import type { Mention } from './match.ts';
import type { NormalizedUnits } from './normalize.ts';
import { RuleChecker, type Candidate, type PageState } from './rules.ts';
import { fromBase64 } from '../base64.ts';
import { SCAN_CORE_WASM } from './scan-core-wasm.ts';
import type { TrieArrays } from './trie.ts';

/** The longest block, in UTF-16 units, the core scans; longer ones take the JavaScript path. */
export const CORE_BLOCK_UNITS = 1 << 16;

/** A scan of one block on the core: its mentions, or null when the block needs the JavaScript path. */
export interface CoreScan {
  /** The trie's arrays as views of the core's memory, for the JavaScript path to walk too. */
  readonly trie: TrieArrays;
  /** The size of the core's memory (pages never written take no room in practice). */
  readonly memoryBytes: number;
  find(text: string, state: PageState): Mention[] | null;
}

interface CoreExports {
  init(): void;
  decodeStrings(bytes: number, at: number): number;
  normalize(bytes: number, textLength: number): number;
  scan(units: number): number;
}

const WASM_PAGE = 65536;
// The character tables' offsets, fixed in the core (`wasm/memory.ts`).
const KIND_AT = 0;
const WORD_CLASS_AT = 65536;
const FOLD_AT = 131072;
const CASE_AT = 262144;
const HEADER_AT = 393216;

/** The regions after the header, in the order the core's `init` reads their offsets. */
const REGIONS = [
  'firstChild',
  'label',
  'outStart',
  'patternFlags',
  'ruleStart',
  'ruleKind',
  'ruleString',
  'stringStart',
  'strings',
  'rootAscii',
  'input',
  'folded',
  'cased',
  'word',
  'map',
  'mentions',
  'candidates',
] as const;
type Region = (typeof REGIONS)[number];

/** Where each region starts (8-byte aligned, after the header), and where the last ends. */
function layOut(sizes: Record<Region, number>): { at: Record<Region, number>; end: number } {
  const at = {} as Record<Region, number>;
  let end = HEADER_AT + REGIONS.length * 4;
  for (const region of REGIONS) {
    end = (end + 7) & ~7;
    at[region] = end;
    end += sizes[region];
  }
  return { at, end };
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled core, once per context; null where WebAssembly is missing or refused (a policy forbidding it). */
function coreModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(fromBase64(SCAN_CORE_WASM));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/**
 * A scan on the WebAssembly core for a checked record, or null where WebAssembly does not run. The
 * record's trie, pattern and rule arrays and rule strings are copied into the core's memory; walk
 * `trie` rather than the record's arrays, so that only one copy of the trie needs to stay alive.
 */
export function createCoreScan(record: CompiledMatcher, checker: RuleChecker): CoreScan | null {
  const module = coreModule();
  if (!module) return null;
  const nodes = record.label.length;
  const patterns = record.patternEntity.length;
  const units = CORE_BLOCK_UNITS;
  // A mention takes a word start and at least one more unit: at most half the units, rounded up.
  const mentionSlots = units / 2 + 1;
  const { at, end } = layOut({
    firstChild: record.firstChild.byteLength,
    label: record.label.byteLength,
    outStart: record.outStart.byteLength,
    patternFlags: record.patternFlags.byteLength,
    ruleStart: record.ruleStart.byteLength,
    ruleKind: record.ruleKind.byteLength,
    ruleString: record.ruleString.byteLength,
    stringStart: record.stringStart.byteLength,
    strings: record.stringText.length * 2,
    rootAscii: 128 * 4,
    input: units * 3,
    folded: units * 2,
    cased: units * 2,
    word: units,
    map: (units + 1) * 4,
    mentions: mentionSlots * 12,
    // One word start gives each pattern at most once: room for every pattern, of which a walk uses a
    // few (memory never written is never committed).
    candidates: patterns * 16,
  });
  let memory: WebAssembly.Memory;
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil(end / WASM_PAGE) });
  } catch {
    return null;
  }
  const { buffer } = memory;
  new Int32Array(buffer, HEADER_AT, REGIONS.length).set(REGIONS.map((region) => at[region]));
  const kinds = new Uint8Array(buffer, KIND_AT, 65536);
  const wordClasses = new Uint8Array(buffer, WORD_CLASS_AT, 65536);
  const folds = new Uint16Array(buffer, FOLD_AT, 65536);
  const cases = new Uint16Array(buffer, CASE_AT, 65536);
  // Every character seen so far in this context is classified already; the core asks for the rest.
  kinds.set(kindTable);
  wordClasses.set(wordTable);
  folds.set(foldTable);
  cases.set(caseTable);
  const bytes = new Uint8Array(buffer);
  for (const region of ['patternFlags', 'ruleStart', 'ruleKind', 'ruleString', 'stringStart'] as const) {
    const array = record[region];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at[region]);
  }
  const trie: TrieArrays = {
    firstChild: new Int32Array(buffer, at.firstChild, nodes + 1),
    label: new Uint16Array(buffer, at.label, nodes),
    outStart: new Int32Array(buffer, at.outStart, nodes + 1),
  };
  trie.firstChild.set(record.firstChild);
  trie.label.set(record.label);
  trie.outStart.set(record.outStart);

  const block: NormalizedUnits = {
    folded: new Uint16Array(buffer, at.folded, units),
    cased: new Uint16Array(buffer, at.cased, units),
    word: new Uint8Array(buffer, at.word, units),
    map: new Int32Array(buffer, at.map, units + 1),
    length: 0,
  };
  const input = new Uint8Array(buffer, at.input, units * 3);
  const found = new Int32Array(buffer, at.mentions, mentionSlots * 3);
  const candidates = new Int32Array(buffer, at.candidates, patterns * 4);
  const { patternEntity, patternFlags } = record;
  const candidate: Candidate = { pattern: 0, start: 0, aliasEnd: 0, end: 0 };
  // The block being scanned, and how many of its mentions the page state has taken in.
  let text = '';
  let state: PageState = { seenFull: new Set() };
  let counted = 0;
  /** Adds the full names among the first `count` mentions to the page state (short forms may follow them). */
  const count = (upTo: number): void => {
    for (; counted < upTo; counted++) {
      const pattern = found[counted * 3 + 2] as number;
      if (!((patternFlags[pattern] as number) & SHORT)) state.seenFull.add(patternEntity[pattern] as number);
    }
  };
  const calls = {
    classify(code: number): number {
      const kind = kindOf(code);
      wordClasses[code] = wordTable[code] as number;
      folds[code] = foldTable[code] as number;
      cases[code] = caseTable[code] as number;
      kinds[code] = kind;
      return kind;
    },
    continuesWord: (i: number): number => (continuesWord(block, i) ? 1 : 0),
    accepts(index: number, mentions: number): number {
      count(mentions);
      candidate.pattern = candidates[index * 4] as number;
      candidate.start = candidates[index * 4 + 1] as number;
      candidate.aliasEnd = candidates[index * 4 + 2] as number;
      candidate.end = candidates[index * 4 + 3] as number;
      return checker.accepts(text, block, candidate, state) ? 1 : 0;
    },
  };
  let core: CoreExports;
  try {
    const instance = new WebAssembly.Instance(module, { env: { memory }, 'scan-core': calls });
    core = instance.exports as unknown as CoreExports;
  } catch {
    return null;
  }
  core.init();
  const encoder = new TextEncoder();
  // The rule strings go in as UTF-8 through the input buffer, a block's worth at a time, never
  // cutting a surrogate pair.
  const { stringText } = record;
  for (let from = 0, decoded = 0; from < stringText.length;) {
    let to = Math.min(stringText.length, from + units);
    const last = stringText.charCodeAt(to - 1);
    if (to < stringText.length && last >= 0xd800 && last <= 0xdbff) to--;
    decoded = core.decodeStrings(encoder.encodeInto(stringText.slice(from, to), input).written, decoded);
    from = to;
  }

  return {
    trie,
    memoryBytes: buffer.byteLength,
    find(blockText, pageState) {
      if (blockText.length > units) return null;
      const { written } = encoder.encodeInto(blockText, input);
      const length = core.normalize(written, blockText.length);
      if (length < 0) return null;
      block.length = length;
      text = blockText;
      state = pageState;
      counted = 0;
      const total = core.scan(length);
      count(total);
      const mentions: Mention[] = [];
      for (let k = 0; k < total; k++) {
        const entity = patternEntity[found[k * 3 + 2] as number] as number;
        mentions.push({ start: found[k * 3] as number, end: found[k * 3 + 1] as number, entity });
      }
      return mentions;
    },
  };
}
