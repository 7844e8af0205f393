import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { commerce, snapshotOf } from '../../test/fakes/entities.ts';
import { createMatcher, newPageState } from '../shared/matcher/match.ts';
import { backgroundCallers, type BackgroundCalls } from '../shared/messaging/protocol.ts';
import { createRouter, type Handlers } from '../shared/messaging/router.ts';
import { installSnapshot } from './dataset-store.ts';
import { openLodestoneDb, type LodestoneDb } from './db.ts';
import { createHandlers } from './handlers.ts';

let n = 0;
let db: LodestoneDb;
let handlers: Handlers<BackgroundCalls>;

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
  it('serves patterns that match the dataset, recompiled when the version changes', async () => {
    const table = await handlers.getPatterns({}, 'content');
    const found = createMatcher(table).find('Howard Lutnick at the Commerce Department', newPageState());
    expect(found.map((m) => table.entities[m.entity]?.id)).toEqual(['howard-lutnick', 'us-department-of-commerce']);
    await installSnapshot(db, snapshotOf(2, [commerce]), 'bundled');
    expect((await handlers.getPatterns({}, 'content')).version).toBe(2);
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

  it('answers through the router with errors as values and refuses callers that may not call', async () => {
    const route = createRouter<BackgroundCalls>(handlers, (method, sender) =>
      backgroundCallers[method].includes(sender),
    );
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
