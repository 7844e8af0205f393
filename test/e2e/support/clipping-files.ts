/**
 * Clippings made up for tests and benchmarks, as many as asked for, each findable on its own: the
 * quote of clipping `n` starts with `#n.`, which no other quote holds.
 */
import { clippingsFile } from '../../../src/shared/clippings/export-format.ts';
import type { Clipping } from '../../../src/shared/messaging/protocol.ts';

const SENTENCES = [
  'Beijing agreed to resume exports of rare-earth magnets under general licences for a year.',
  'Washington paused the rule that extends export controls to affiliates of listed companies.',
  'The talks in Geneva ended with both sides cutting tariffs by 115 percentage points for 90 days.',
  'Shipments of gallium, germanium and antimony to the United States remain banned.',
  'Commerce officials said licences for chip design software would be granted again.',
  'Soybean purchases were part of the package announced after the leaders met in Busan.',
  'The ministry published new controls on rare-earth processing technology and equipment.',
  'Port fees on Chinese-built ships were suspended along with the countermeasures against them.',
];

/** Entities the quotes name, from the bundled dataset, with their names. */
const ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ['howard-lutnick', 'Howard Lutnick'],
  ['scott-bessent', 'Scott Bessent'],
  ['he-lifeng', 'He Lifeng'],
  ['china-ministry-of-commerce', 'Ministry of Commerce of the People’s Republic of China'],
];

/** `count` clippings, newest first, one a minute before the last, with two sentences and up to two entities each. */
export function syntheticClippings(count: number, newest = Date.UTC(2025, 10, 1)): Clipping[] {
  return Array.from({ length: count }, (_, i) => {
    const n = count - i;
    const first = SENTENCES[n % SENTENCES.length] as string;
    const second = SENTENCES[(n * 3 + 1) % SENTENCES.length] as string;
    return {
      id: `synthetic-${String(n)}`,
      quote: `#${String(n)}. ${first} ${second}`,
      url: `https://news.example/trade/${String(n)}`,
      title: `Trade talks, day ${String(n)}`,
      createdAt: new Date(newest - i * 60_000).toISOString(),
      entityIds: ENTITIES.slice(n % 3, (n % 3) + (n % 2) + 1).map(([id]) => id),
    };
  });
}

/** A clippings file, as Lodestone exports it, holding `clippings`. */
export function clippingsFileText(clippings: readonly Clipping[]): string {
  return JSON.stringify(clippingsFile(clippings, new Map(ENTITIES)));
}
