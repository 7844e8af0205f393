import { describe, expect, it } from 'vitest';
import type { Clipping } from '../messaging/protocol.ts';
import { CLIPPINGS_FORMAT, clippingsFile, clippingsMarkdown, parseClippingsFile } from './export-format.ts';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const clips: Clipping[] = [
  {
    id: 'b',
    quote: 'Second quote,\nover two lines.',
    url: 'https://example.org/news/(2025) talks',
    title: 'Talks [live]',
    createdAt: '2025-06-11T08:00:00.000Z',
    entityIds: ['howard-lutnick', 'gone'],
  },
  {
    id: 'a',
    quote: 'First quote.',
    url: 'https://example.org/a',
    title: '',
    createdAt: '2025-06-10T08:00:00.000Z',
    entityIds: [],
  },
];
const names = new Map([['howard-lutnick', 'Howard Lutnick']]);

describe('clippings file', () => {
  it('round-trips through JSON, with the names of the entities for people reading it', () => {
    const file = clippingsFile(clips, names, NOW);
    expect(file).toMatchObject({ format: CLIPPINGS_FORMAT, version: 1, exportedAt: NOW.toISOString() });
    expect(file.clippings[0]?.entities).toEqual([
      { id: 'howard-lutnick', name: 'Howard Lutnick' },
      { id: 'gone', name: 'gone' },
    ]);
    expect(parseClippingsFile(JSON.stringify(file))).toEqual(clips);
  });

  it('keeps a clipping whose id appears twice once, and its entity ids once', () => {
    const first = clips[0] as Clipping;
    const file = clippingsFile(
      [
        { ...first, entityIds: ['x', 'x'] },
        { ...first, quote: 'Other.' },
      ],
      names,
      NOW,
    );
    expect(parseClippingsFile(JSON.stringify(file))).toEqual([{ ...first, entityIds: ['x'] }]);
  });

  it('says what is wrong, and with which clipping, instead of importing part of a file', () => {
    const valid = clippingsFile(clips, names, NOW);
    const broken = (change: (file: Record<string, unknown>) => void): string => {
      const file = structuredClone(valid) as unknown as Record<string, unknown>;
      change(file);
      return JSON.stringify(file);
    };
    expect(() => parseClippingsFile('{"format": "lodestone-clippings", ')).toThrow(/not valid JSON/);
    expect(() => parseClippingsFile('[1, 2]')).toThrow(/not a Lodestone clippings file/);
    expect(() => parseClippingsFile(broken((f) => (f['format'] = 'other')))).toThrow(/not a Lodestone clippings file/);
    expect(() => parseClippingsFile(broken((f) => (f['version'] = 2)))).toThrow(/newer Lodestone/);
    expect(() => parseClippingsFile(broken((f) => (f['clippings'] = 'none')))).toThrow(/no list of clippings/);
    const inClipping = (field: string, value: unknown): string =>
      broken((f) => {
        const [, second] = f['clippings'] as Array<Record<string, unknown>>;
        if (second) second[field] = value;
      });
    expect(() => parseClippingsFile(inClipping('url', 'javascript alert'))).toThrow(/Clipping 2 .*not a URL/);
    expect(() => parseClippingsFile(inClipping('quote', '  '))).toThrow(/Clipping 2 .*quote is empty/);
    expect(() => parseClippingsFile(inClipping('quote', 'x'.repeat(20_001)))).toThrow(/too long/);
    expect(() => parseClippingsFile(inClipping('createdAt', 'yesterday'))).toThrow(/Clipping 2 .*ISO timestamp/);
    expect(() => parseClippingsFile(inClipping('entityIds', 'howard-lutnick'))).toThrow(/entity ids are not a list/);
    expect(() => parseClippingsFile(inClipping('id', ''))).toThrow(/id is empty/);
  });
});

describe('clippings as Markdown', () => {
  it('quotes each clipping, links its page and names its entities', () => {
    expect(clippingsMarkdown(clips, names, NOW)).toBe(
      [
        '# Lodestone clippings',
        '',
        'Exported on 2026-11-24: 2 clippings.',
        '',
        '> Second quote,',
        '> over two lines.',
        '',
        '— [Talks \\[live\\]](https://example.org/news/%282025%29%20talks), saved on 2025-06-11. Mentions: Howard Lutnick, gone.',
        '',
        '> First quote.',
        '',
        '— [https://example.org/a](https://example.org/a), saved on 2025-06-10.',
        '',
      ].join('\n'),
    );
  });

  it("dates the export and each clipping by the reader's day", () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'Pacific/Pago_Pago'; // UTC−11: 08:00 UTC is the day before there
    try {
      const markdown = clippingsMarkdown(clips, names, NOW);
      expect(markdown).toContain('Exported on 2026-11-23: 2 clippings.');
      expect(markdown).toContain('saved on 2025-06-10. Mentions');
      expect(markdown).toContain('saved on 2025-06-09.');
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});
