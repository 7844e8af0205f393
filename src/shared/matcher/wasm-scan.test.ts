import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AliasRule, Entity } from '../dataset/schema.ts';
import { createMatcher, newPageState, type Matcher } from './match.ts';
import { compilePatterns } from './patterns.ts';
import { CORE_BLOCK_UNITS } from './wasm-scan.ts';

function entity(id: string, aliases: Array<string | AliasRule>): Pick<Entity, 'id' | 'kind' | 'aliases'> {
  return { id, kind: 'organization', aliases: aliases.map((a) => (typeof a === 'string' ? { text: a } : a)) };
}

const table = compilePatterns(
  [
    entity('mofcom', [{ text: 'MOFCOM', case: 'exact' }, 'Ministry of Commerce']),
    entity('airbus', ['Airbus']),
    entity('lutnick', ['Howard Lutnick', { text: 'Lutnick', short: true }]),
    entity('rosatom', ['Росатом']),
    entity('fine-chemicals', ['fine chemicals']),
    // A rule string with a character outside the first plane, before others in the string pool.
    entity('aa-fund', [{ text: 'Aa 🐉 Fund', case: 'exact' }]),
    entity('cac', [{ text: 'CAC', case: 'exact' }]),
  ],
  1,
);

/** The matched substrings and entity ids of blocks scanned in order with one page state. */
function run(matcher: Matcher, blocks: string[]): Array<Array<[string, string]>> {
  const state = newPageState();
  return blocks.map((text) =>
    matcher.find(text, state).map((m) => [text.slice(m.start, m.end), matcher.table.entities[m.entity]?.id ?? '?']),
  );
}

describe('the WebAssembly scan core', () => {
  const core = createMatcher(table);
  const javascript = createMatcher(table, { javascriptOnly: true });

  it('runs in Node, and finds what the JavaScript scan finds, with offsets in UTF-16 units', () => {
    expect(core.core).toBe('wasm');
    const blocks = [
      'Déjà vu: Howard Lutnick met MOFCOM — not Mofcom — about l’Airbus and Росатом.',
      'Later, Lutnick said the Ministry of Commerce’s rules stand.',
    ];
    expect(run(core, blocks)).toEqual([
      [
        ['Howard Lutnick', 'lutnick'],
        ['MOFCOM', 'mofcom'],
        ['Airbus', 'airbus'],
        ['Росатом', 'rosatom'],
      ],
      [
        ['Lutnick', 'lutnick'],
        ['Ministry of Commerce', 'mofcom'],
      ],
    ]);
    expect(run(core, blocks)).toEqual(run(javascript, blocks));
  });

  it('leaves to JavaScript the blocks with characters outside the first plane or that expand', () => {
    const blocks = ['📈 Airbus and MOFCOM', 'ﬁne chemicals at Airbus', `${'x '.repeat(CORE_BLOCK_UNITS)} Airbus`];
    const found = run(core, blocks);
    expect(found).toEqual([
      [
        ['Airbus', 'airbus'],
        ['MOFCOM', 'mofcom'],
      ],
      [
        ['ﬁne chemicals', 'fine-chemicals'],
        ['Airbus', 'airbus'],
      ],
      [['Airbus', 'airbus']],
    ]);
    expect(found).toEqual(run(javascript, blocks));
  });

  it('checks case forms itself, with rule strings placed after a surrogate pair', () => {
    expect(run(core, ['The CAC, not the Cac, met.'])).toEqual([[['CAC', 'cac']]]);
  });

  it('keeps short forms for after their full name within one block', () => {
    expect(run(core, ['Lutnick, then Howard Lutnick, then Lutnick.'])).toEqual([
      [
        ['Howard Lutnick', 'lutnick'],
        ['Lutnick', 'lutnick'],
      ],
    ]);
  });
});

describe('where WebAssembly is refused', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('matches in JavaScript alone, and finds the same', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', {
      ...WebAssembly,
      Module: function refused() {
        throw new WebAssembly.CompileError("Refused to compile: 'wasm-unsafe-eval' is not allowed");
      },
    });
    const { createMatcher: create } = await import('./match.ts');
    const matcher = create(table);
    expect(matcher.core).toBe('js');
    const blocks = ['Howard Lutnick met MOFCOM and Airbus; Lutnick left.'];
    expect(run(matcher, blocks)).toEqual(run(createMatcher(table), blocks));
  });
});
