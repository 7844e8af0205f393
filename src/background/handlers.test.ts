import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { commerce, snapshotOf } from '../../test/fakes/entities.ts';
import { backgroundCallers } from '../shared/messaging/protocol.ts';
import { createRouter, type Handlers } from '../shared/messaging/router.ts';
import { installSnapshot } from './dataset-store.ts';
import { openLodestoneDb, type LodestoneDb } from './db.ts';
import { clippingsFile, MAX_IMPORT_CHARS } from '../shared/clippings/export-format.ts';
import { createHandlers, type CoreCalls } from './handlers.ts';

let n = 0;
let db: LodestoneDb;
let handlers: Handlers<CoreCalls>;

beforeEach(async () => {
  db = await openLodestoneDb(`test-handlers-${++n}`);
  await installSnapshot(db, snapshotOf(1), 'bundled');
  handlers = createHandlers({ ready: () => Promise.resolve(db) });
});

const capture = {
  quote: 'Lutnick told reporters.',
  url: 'https://example.org/a',
  title: 'A',
  entityIds: ['howard-lutnick', 'howard-lutnick'],
};

describe('background handlers', () => {
  it('matches page text in the background, carries full names seen across calls, and follows a new dataset', async () => {
    const first = await handlers.matchText(
      { blocks: ['Lutnick spoke first.', 'Howard Lutnick at the Commerce Department'], seenFull: [] },
      'content',
    );
    expect(first.mentions).toEqual([
      [],
      [
        { start: 0, end: 14, entityId: 'howard-lutnick', kind: 'person' },
        { start: 22, end: 41, entityId: 'us-department-of-commerce', kind: 'organization' },
      ],
    ]);
    expect([...first.seenFull].sort()).toEqual(['howard-lutnick', 'us-department-of-commerce']);
    const next = await handlers.matchText({ blocks: ['Lutnick again.'], seenFull: first.seenFull }, 'content');
    expect(next.mentions).toEqual([[{ start: 0, end: 7, entityId: 'howard-lutnick', kind: 'person' }]]);
    await installSnapshot(db, snapshotOf(2, [commerce]), 'bundled');
    const after = await handlers.matchText(
      { blocks: ['Howard Lutnick, Lutnick.'], seenFull: first.seenFull },
      'content',
    );
    expect(after).toEqual({ mentions: [[]], seenFull: ['us-department-of-commerce'] });
    await expect(handlers.matchText({ blocks: [42], seenFull: [] } as never, 'content')).rejects.toThrow(/strings/);
  });

  it('returns an entity with the names of the related entities it has', async () => {
    const view = await handlers.getEntity({ id: 'howard-lutnick' }, 'content');
    expect(view?.related).toEqual([
      { id: 'us-department-of-commerce', relation: 'leads', name: 'US Department of Commerce', kind: 'organization' },
    ]);
    expect(await handlers.getEntity({ id: 'nobody' }, 'content')).toBeNull();
    expect(await handlers.getEntityNames({ ids: ['nobody', 'howard-lutnick'] }, 'extension-page')).toEqual([
      { id: 'howard-lutnick', name: 'Howard Lutnick', kind: 'person' },
    ]);
  });

  it('saves, lists newest first and deletes clippings', async () => {
    const first = await handlers.saveClipping(capture, 'extension-page');
    expect(first.entityIds).toEqual(['howard-lutnick']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await handlers.saveClipping({ ...capture, quote: 'Second.' }, 'extension-page');
    expect((await handlers.listClippings({}, 'extension-page')).map((c) => c.id)).toEqual([second.id, first.id]);
    expect(await handlers.deleteClipping({ id: first.id }, 'extension-page')).toBe(true);
    expect(await handlers.deleteClipping({ id: first.id }, 'extension-page')).toBe(false);
    expect((await handlers.listClippings({}, 'extension-page')).map((c) => c.id)).toEqual([second.id]);
  });

  it('imports a clippings file all or nothing, and a corrupt or foreign file costs no clipping', async () => {
    const mine = await handlers.saveClipping(capture, 'extension-page');
    const list = async (): Promise<string[]> =>
      (await handlers.listClippings({}, 'extension-page')).map((c) => `${c.id}:${c.quote}`);
    const before = await list();
    const file = clippingsFile(
      [
        { ...mine, quote: 'Replaced?' },
        {
          id: 'from-file',
          quote: 'From a file.',
          url: 'https://example.org/f',
          title: 'F',
          createdAt: '2025-06-10T00:00:00.000Z',
          entityIds: [],
        },
      ],
      new Map(),
    );
    const corrupt = JSON.stringify(file).slice(0, -40);
    await expect(handlers.importClippings({ text: corrupt }, 'extension-page')).rejects.toThrow(/not valid JSON/);
    const halfBad = structuredClone(file);
    (halfBad.clippings[1] as { url: string }).url = 'not a url';
    await expect(handlers.importClippings({ text: JSON.stringify(halfBad) }, 'extension-page')).rejects.toThrow(
      /Clipping 2 .*not a URL/,
    );
    await expect(
      handlers.importClippings({ text: ' '.repeat(MAX_IMPORT_CHARS + 1) }, 'extension-page'),
    ).rejects.toThrow(/too large/);
    await expect(handlers.importClippings({ text: 42 } as never, 'extension-page')).rejects.toThrow(
      /could not be read/,
    );
    expect(await list()).toEqual(before);
    expect(await handlers.importClippings({ text: JSON.stringify(file) }, 'extension-page')).toEqual({
      added: 1,
      skipped: 1,
    });
    expect((await list()).sort()).toEqual([...before, 'from-file:From a file.'].sort());
  });

  it('answers through the router with errors as values and refuses callers that may not call', async () => {
    const route = createRouter<CoreCalls>(handlers, (method, sender) => backgroundCallers[method].includes(sender));
    expect(
      await route({ lodestone: 1, method: 'saveClipping', params: { ...capture, quote: '   ' } }, 'extension-page'),
    ).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The selection is empty.' },
    });
    expect(await route({ lodestone: 1, method: 'listClippings', params: {} }, 'content')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route({ lodestone: 1, method: 'getDatasetInfo', params: {} }, 'foreign')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route({ lodestone: 1, method: 'toString', params: {} }, 'content')).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(route({ something: 'else' }, 'content')).toBeUndefined();
    expect(await route({ lodestone: 1, method: 'getDatasetInfo', params: {} }, 'content')).toMatchObject({
      ok: true,
      value: { version: 1, entityCount: 2 },
    });
  });
});
