import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordChar, normalizeText } from './normalize.ts';

/** Generous: a property test runs hundreds of cases and must not fail because a shared machine is slow. */
const PROPERTY_TIMEOUT = 120_000;

const SPACES = [
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u3000',
  '\t',
  '\n',
  '-',
  '\u2010',
  '\u2011',
  '\u2013',
].concat(['\u2014', '\u2212', ' - ', ' \u2014 ']);
const APOSTROPHES = ["'", '\u2019', '\u2018', '\u02bc', '`'];
const INVISIBLE = ['\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff'];

const letters = fc.stringMatching(/^[a-zéèüöñçå]{1,8}$/);

/** One word as a page might write it: recased, decomposed, with invisible characters inside. */
function disguise(word: string, how: number, invisible: string): string {
  let out = how & 1 ? word.toUpperCase() : how & 2 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  if (how & 4) out = out.normalize('NFD');
  if (how & 8 && out.length > 1) out = out.slice(0, 1) + invisible + out.slice(1);
  return out;
}

describe('normalizeText', () => {
  it(
    'folds case, accents, spaces, dashes, apostrophes and invisible characters alike',
    () => {
      const part = fc.record({
        word: letters,
        how: fc.nat(15),
        invisible: fc.constantFrom(...INVISIBLE),
        joint: fc.oneof(
          fc.constantFrom(...SPACES).map((s) => [' ', s] as const),
          fc.constantFrom(...APOSTROPHES).map((a) => ["'", a] as const),
        ),
      });
      fc.assert(
        fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (parts) => {
          const plain = parts.map((p) => p.word.normalize('NFD').replace(/\p{M}/gu, '') + p.joint[0]).join('');
          const disguised = parts.map((p) => disguise(p.word, p.how, p.invisible) + p.joint[1]).join('');
          expect(normalizeText(disguised).folded).toBe(normalizeText(plain).folded);
          expect(normalizeText(plain).folded).toBe(plain.replace(/ +/g, ' '));
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'maps every normalized unit back to the character it came from, in order',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
          const { folded, cased, map } = normalizeText(text);
          expect(cased.length).toBe(folded.length);
          expect(map.length).toBe(folded.length + 1);
          expect(map[folded.length]).toBe(text.length);
          const wrong: number[] = [];
          for (let i = 0; i < folded.length; i++) {
            const at = map[i] as number;
            const source = String.fromCodePoint(text.codePointAt(at) ?? 0);
            const ordered = at >= (i === 0 ? 0 : (map[i - 1] as number)) && at < text.length;
            if (!ordered || !normalizeText(source).folded.includes(folded[i] ?? '')) wrong.push(i);
          }
          expect(wrong).toEqual([]);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('folds compatibility forms, final sigma and diacritics, and keeps other scripts whole', () => {
    const folded = (text: string): string => normalizeText(text).folded;
    expect(folded('\ud835\udc07\ud835\udc28\ud835\udc30\ud835\udc1a\ud835\udc2b\ud835\udc1d')).toBe('howard');
    expect(folded('\ufb01nance \uff2d\uff2f\uff26\uff23\uff2f\uff2d')).toBe('finance mofcom');
    expect(folded('ΟΔΥΣΣΕΥΣ')).toBe(folded('Οδυσσευς'));
    expect(folded('Šefčovič Çalışkan Łukasz Løkke')).toBe('sefcovic caliskan lukasz lokke');
    expect(folded('한국')).toBe('한국'.normalize('NFD'));
    expect(folded('tariffs \ud83d\ude00 chips')).toBe('tariffs \ud83d\ude00 chips');
    const { map } = normalizeText('Se\u0301fc\u030covic\u030c!');
    expect([map[0], map[2], map[4], map[8]]).toEqual([0, 3, 6, 11]);
  });
});

describe('isWordChar', () => {
  it('knows letters and digits of every script, and marks, from punctuation and spaces', () => {
    for (const ch of ['a', 'Z', '7', '_', 'é', 'ж', '中', '\u0301', '\ufb01', '\ud835\udc00'])
      expect(isWordChar(ch)).toBe(true);
    for (const ch of [' ', '-', "'", '\u2019', '\u02bc', '.', '\u00a0', '\u00ad', '\ud83d\ude00', undefined, ''])
      expect(isWordChar(ch)).toBe(false);
  });
});
