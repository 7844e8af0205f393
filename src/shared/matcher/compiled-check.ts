/**
 * Checks a compiled matcher record read back from storage before it is trusted: the right format,
 * the right array types, and every index in range, so that a damaged or outdated record is rebuilt
 * rather than walked out of bounds.
 */
import { COMPILED_ARRAYS, COMPILED_FORMAT, FORM_BASE, KINDS, MARKED, type CompiledMatcher } from './compiled.ts';

function fail(what: string): never {
  throw new TypeError(`compiled matcher: ${what}`);
}

/** True when every value lies in [low, high]. */
function inRange(values: ArrayLike<number>, low: number, high: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value < low || value > high) return false;
  }
  return true;
}

/** True when the offsets start at 0, never go down, and end at `total`. */
function isOffsets(starts: Int32Array, total: number): boolean {
  if (starts.length === 0 || starts[0] !== 0 || starts[starts.length - 1] !== total) return false;
  for (let i = 1; i < starts.length; i++) if ((starts[i] as number) < (starts[i - 1] as number)) return false;
  return true;
}

/** Throws a `TypeError` naming the first problem when `value` is not a usable compiled matcher. */
export function checkCompiled(value: unknown): asserts value is CompiledMatcher {
  if (typeof value !== 'object' || value === null) fail('not a record');
  const record = value as Record<string, unknown>;
  if (record.format !== COMPILED_FORMAT) fail(`format ${String(record.format)}, expected ${COMPILED_FORMAT}`);
  if (typeof record.version !== 'number') fail('no version');
  if (typeof record.entityIdText !== 'string' || typeof record.stringText !== 'string') fail('strings missing');
  for (const [name, Type] of COMPILED_ARRAYS) {
    if (!(record[name] instanceof Type)) fail(`${name} is not an ${Type.name}`);
  }
  const r = value as CompiledMatcher;
  const nodes = r.label.length;
  const patterns = r.patternEntity.length;
  const entities = r.entityKinds.length;
  if (r.firstChild.length !== nodes + 1 || r.outStart.length !== nodes + 1) fail('trie arrays differ in length');
  if (r.firstChild[0] !== 1 && nodes > 0) fail('the root is not first');
  if (!isOffsets(r.outStart, patterns)) fail('outputs out of range');
  for (let v = 0; v < nodes; v++) {
    const child = r.firstChild[v] as number;
    if (child <= v || child > (r.firstChild[v + 1] as number) || (r.firstChild[v + 1] as number) > nodes)
      fail(`node ${v} has children out of order`);
  }
  if (r.patternFlags.length !== patterns || r.ruleStart.length !== patterns + 1) fail('pattern arrays differ');
  if (!inRange(r.patternEntity, 0, entities - 1)) fail('a pattern names no entity');
  if (r.ruleKind.length !== r.ruleString.length || !isOffsets(r.ruleStart, r.ruleKind.length))
    fail('rules out of range');
  if (!inRange(r.ruleKind, FORM_BASE, MARKED)) fail('a rule has no kind');
  if (!isOffsets(r.stringStart, r.stringText.length)) fail('rule strings out of range');
  if (!inRange(r.ruleString, 0, r.stringStart.length - 2)) fail('a rule names no string');
  if (r.entityIdStart.length !== entities + 1 || !isOffsets(r.entityIdStart, r.entityIdText.length))
    fail('entity ids out of range');
  if (!inRange(r.entityKinds, 0, KINDS.length - 1)) fail('an entity has no kind');
}
