import { describe, expect, it } from 'vitest';
import { decodeCompiled, encodeCompiled } from './compiled-bytes.ts';
import { compileMatcher } from './compiled.ts';
import { matcherFromCompiled, newPageState } from './match.ts';
import { compilePatterns } from './patterns.ts';

const record = compileMatcher(
  compilePatterns(
    [
      { id: 'howard-lutnick', kind: 'person', aliases: [{ text: 'Howard Lutnick' }, { text: 'Lutnick', short: true }] },
      {
        id: 'mofcom',
        kind: 'organization',
        aliases: [{ text: 'MOFCOM' }, { text: 'Ally', case: 'exact', plural: true }],
      },
      { id: 'chips', kind: 'measure', aliases: [{ text: 'chips', context: ['export'], exclude: ['potato chips'] }] },
    ],
    3,
  ),
);
const TEXT = 'Howard Lutnick met MOFCOM and Allies on export chips, not potato chips. Lutnick left.';

function found(compiled: typeof record): string[] {
  const matcher = matcherFromCompiled(compiled);
  return matcher.find(TEXT, newPageState()).map((m) => TEXT.slice(m.start, m.end));
}

/** Copies bytes into a fresh buffer, as a fetch would hand them over. */
const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe('packaged matcher bytes', () => {
  it('round-trips a record: same arrays, strings, creation time and mentions', () => {
    const decoded = decodeCompiled(bufferOf(encodeCompiled(record, '2026-11-01T00:00:00.000Z')));
    expect(decoded.createdAt).toBe('2026-11-01T00:00:00.000Z');
    expect(decoded.compiled).toEqual(record);
    expect(found(decoded.compiled)).toEqual(found(record));
    expect(found(decoded.compiled)).toEqual(['Howard Lutnick', 'MOFCOM', 'Allies', 'chips', 'Lutnick']);
  });

  it('refuses bytes that are not a whole record, naming the problem', () => {
    const bytes = encodeCompiled(record, '2026-11-01T00:00:00.000Z');
    expect(() => decodeCompiled(new ArrayBuffer(3))).toThrow(/not a packaged matcher/);
    expect(() => decodeCompiled(bufferOf(bytes.subarray(0, bytes.length - 8)))).toThrow(/cut short/);
    expect(() => decodeCompiled(bufferOf(bytes.subarray(0, 40)))).toThrow(/cut short in its header/);
    const damaged = bytes.slice();
    // The last array is the string offsets: pointing one past the pooled text must be caught.
    damaged[damaged.length - 4] = 0x7f;
    expect(() => decodeCompiled(bufferOf(damaged))).toThrow(/compiled matcher/);
  });
});
