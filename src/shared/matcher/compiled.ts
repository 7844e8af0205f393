/**
 * The compiled matcher: a pattern table turned into typed arrays and two pooled strings, built once
 * per dataset version. It is a plain structured-clone record, so the background stores it in
 * IndexedDB and a woken worker reads it back instead of compiling again.
 */
import type { EntityKind } from '../dataset/schema.ts';
import { titleCase, type PatternTable } from './patterns.ts';
import { buildTrie, type TrieArrays } from './trie.ts';

/** Raise whenever the record's layout or the normalization behind its keys changes: older records are rebuilt. */
export const COMPILED_FORMAT = 2;

// `satisfies` makes this fail to compile when the dataset gains a kind that is not listed here.
const KIND_INDEX = { person: 0, organization: 1, commodity: 2, measure: 3 } as const satisfies Record<
  EntityKind,
  number
>;

/** Entity kinds by their index in `entityKinds`. */
export const KINDS: readonly EntityKind[] = (Object.keys(KIND_INDEX) as EntityKind[]).sort(
  (a, b) => KIND_INDEX[a] - KIND_INDEX[b],
);

/** Pattern flag: a short form, counted only after one of its entity's full aliases. */
export const SHORT = 1;
/** Pattern flag: "-s" and "-es" endings match too. */
export const PLURAL = 2;
/** The pattern is case-exact: its first rule is the form as written (`FORM_BASE`). */
export const EXACT = 4;
/** Title Case of the written form also counts. */
export const TITLE = 8;
/** ALL CAPS of the written form also counts. */
export const UPPER = 16;

/** Rule kind: the case-exact form as written, from which `TITLE` and `UPPER` forms derive. */
export const FORM_BASE = 0;
/** Rule kind: another case-exact form that counts. */
export const FORM = 1;
/** Rule kind: a phrase of which one must appear within a dozen words. */
export const CONTEXT = 2;
/** Rule kind: a longer phrase in which the alias must not fire. */
export const EXCLUDE = 3;
/** Rule kind: the alias's letters and accents (`lettersAndMarks`), which the page's text must give too. */
export const MARKED = 4;

/** A compiled matcher; see the module comment. Patterns are in the trie's output order. */
export interface CompiledMatcher extends TrieArrays {
  format: number;
  version: number;
  /** Entity ids, concatenated; id `i` is `entityIdText.slice(entityIdStart[i], entityIdStart[i + 1])`. */
  entityIdText: string;
  entityIdStart: Int32Array;
  /** Index into `KINDS`, per entity. */
  entityKinds: Uint8Array;
  /** Per pattern: its entity, its flags, and its rules `ruleStart[p]` … `ruleStart[p + 1] - 1`. */
  patternEntity: Int32Array;
  patternFlags: Uint8Array;
  ruleStart: Int32Array;
  /** Per rule: its kind and its string. */
  ruleKind: Uint8Array;
  ruleString: Int32Array;
  /** Rule strings, pooled: string `s` is `stringText.slice(stringStart[s], stringStart[s + 1])`. */
  stringText: string;
  stringStart: Int32Array;
}

/**
 * Every typed array of a record, with its element type, in the order `compiled-bytes.ts` writes
 * them (changing the order changes that layout: raise `COMPILED_FORMAT`).
 */
export const COMPILED_ARRAYS = [
  ['entityIdStart', Int32Array],
  ['entityKinds', Uint8Array],
  ['firstChild', Int32Array],
  ['label', Uint16Array],
  ['outStart', Int32Array],
  ['patternEntity', Int32Array],
  ['patternFlags', Uint8Array],
  ['ruleStart', Int32Array],
  ['ruleKind', Uint8Array],
  ['ruleString', Int32Array],
  ['stringStart', Int32Array],
] as const satisfies ReadonlyArray<readonly [keyof CompiledMatcher, { readonly BYTES_PER_ELEMENT: number }]>;

/** The name of one of a record's typed arrays. */
export type CompiledArrayName = (typeof COMPILED_ARRAYS)[number][0];

/** Pools strings: each distinct string is stored once. */
function stringPool(): { add: (text: string) => number; text: () => string; starts: () => Int32Array } {
  const ids = new Map<string, number>();
  const parts: string[] = [];
  const starts = [0];
  let length = 0;
  return {
    add(text) {
      let id = ids.get(text);
      if (id === undefined) {
        id = parts.length;
        ids.set(text, id);
        parts.push(text);
        length += text.length;
        starts.push(length);
      }
      return id;
    },
    text: () => parts.join(''),
    starts: () => Int32Array.from(starts),
  };
}

/** Compiles a pattern table into its record. */
export function compileMatcher(table: PatternTable): CompiledMatcher {
  const trie = buildTrie(table.patterns.map((p) => p.key));
  const count = trie.order.length;
  const patternEntity = new Int32Array(count);
  const patternFlags = new Uint8Array(count);
  const ruleStart = new Int32Array(count + 1);
  const kinds: number[] = [];
  const strings: number[] = [];
  const pool = stringPool();
  const rule = (kind: number, text: string): void => {
    kinds.push(kind);
    strings.push(pool.add(text));
  };
  for (let k = 0; k < count; k++) {
    const pattern = table.patterns[trie.order[k] as number];
    if (!pattern) continue;
    patternEntity[k] = pattern.entity;
    let flags = (pattern.short ? SHORT : 0) | (pattern.plural ? PLURAL : 0);
    ruleStart[k] = kinds.length;
    const [base, ...others] = pattern.forms ?? [];
    if (base !== undefined) {
      flags |= EXACT;
      rule(FORM_BASE, base);
      // Title Case and ALL CAPS are derived from the written form when matching, not stored.
      for (const form of others) {
        if (form === titleCase(base)) flags |= TITLE;
        else if (form === base.toUpperCase()) flags |= UPPER;
        else rule(FORM, form);
      }
    }
    if (pattern.marks !== undefined) rule(MARKED, pattern.marks);
    for (const phrase of pattern.context ?? []) rule(CONTEXT, phrase);
    for (const phrase of pattern.exclude ?? []) rule(EXCLUDE, phrase);
    patternFlags[k] = flags;
  }
  ruleStart[count] = kinds.length;
  const ids = stringPoolOf(table.entities.map((e) => e.id));
  return {
    format: COMPILED_FORMAT,
    version: table.version,
    entityIdText: ids.text,
    entityIdStart: ids.starts,
    entityKinds: Uint8Array.from(table.entities, (e) => KIND_INDEX[e.kind]),
    firstChild: trie.firstChild,
    label: trie.label,
    outStart: trie.outStart,
    patternEntity,
    patternFlags,
    ruleStart,
    ruleKind: Uint8Array.from(kinds),
    ruleString: Int32Array.from(strings),
    stringText: pool.text(),
    stringStart: pool.starts(),
  };
}

/** Concatenates strings (duplicates kept) with their start offsets. */
function stringPoolOf(texts: readonly string[]): { text: string; starts: Int32Array } {
  const starts = new Int32Array(texts.length + 1);
  texts.forEach((text, i) => (starts[i + 1] = (starts[i] as number) + text.length));
  return { text: texts.join(''), starts };
}

/** The entities of a record, as the pattern table had them. */
export function compiledEntities(record: CompiledMatcher): Array<{ id: string; kind: EntityKind }> {
  const { entityIdText, entityIdStart, entityKinds } = record;
  return Array.from(entityKinds, (index, i) => {
    const kind = KINDS[index];
    if (kind === undefined) throw new RangeError(`entity ${i} has no kind`);
    return { id: entityIdText.slice(entityIdStart[i], entityIdStart[i + 1]), kind };
  });
}

/** The size of a record in bytes: its arrays, and its strings at two bytes a character. */
export function compiledSize(record: CompiledMatcher): number {
  let bytes = (record.entityIdText.length + record.stringText.length) * 2;
  for (const value of Object.values(record)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  return bytes;
}
