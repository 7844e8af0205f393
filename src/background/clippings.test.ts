import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Clipping } from '../shared/messaging/protocol.ts';
import { importClippings, listClippings, saveClipping } from './clippings.ts';
import { openLodestoneDb, type LodestoneDb } from './db.ts';

let n = 0;
let db: LodestoneDb;

beforeEach(async () => {
  db = await openLodestoneDb(`test-clippings-${String(++n)}`);
});

const clipping = (id: string, quote = `Quote ${id}.`): Clipping => ({
  id,
  quote,
  url: `https://example.org/${id}`,
  title: id,
  createdAt: `2025-06-1${id.length}T00:00:00.000Z`,
  entityIds: [],
});

describe('importClippings', () => {
  it('adds the clippings not stored yet and never replaces a stored one', async () => {
    const kept = await saveClipping(db, { quote: 'Mine.', url: 'https://example.org/m', title: 'M', entityIds: [] });
    const result = await importClippings(db, [
      clipping('a'),
      { ...kept, quote: 'Changed by the file.' },
      clipping('bb'),
    ]);
    expect(result).toEqual({ added: 2, skipped: 1 });
    const all = await listClippings(db);
    expect(all.map((c) => c.id).sort()).toEqual(['a', 'bb', kept.id].sort());
    expect(all.find((c) => c.id === kept.id)?.quote).toBe('Mine.');
    expect(await importClippings(db, [clipping('a')])).toEqual({ added: 0, skipped: 1 });
  });

  it('stores all or nothing: a write that fails midway leaves the stored clippings as they were', async () => {
    await importClippings(db, [clipping('a')]);
    // A value IndexedDB cannot store (a function cannot be cloned) fails the third write, as a full disk would.
    const bad = { ...clipping('ccc'), quote: (() => 'x') as unknown as string };
    await expect(importClippings(db, [clipping('b'), clipping('bb'), bad, clipping('dddd')])).rejects.toThrow();
    expect((await listClippings(db)).map((c) => c.id)).toEqual(['a']);
  });
});
