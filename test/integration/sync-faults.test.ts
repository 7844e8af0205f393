/**
 * The sync against a real HTTP server on 127.0.0.1: a good feed is applied atomically with the old
 * dataset archived; every fault leaves the dataset and the clippings exactly as they were, and is
 * recorded with a readable error.
 */
import 'fake-indexeddb/auto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveClipping, listClippings } from '../../src/background/clippings.ts';
import {
  installSnapshot,
  readAllEntities,
  readArchivedInfo,
  readDatasetInfo,
  rollBackDataset,
} from '../../src/background/dataset-store.ts';
import { openLodestoneDb, type LodestoneDb } from '../../src/background/db.ts';
import { runSync, type SyncRunDeps } from '../../src/background/sync/sync-run.ts';
import { readSyncStatus, updateSyncStatus } from '../../src/background/sync/sync-store.ts';
import { serveFeed, type FeedServer, type Intercept } from '../../scripts/dev/feed-server.ts';
import { commerce, lutnick, snapshotOf } from '../fakes/entities.ts';
import { makeFeed, testKey } from './feed-fixture.ts';

let n = 0;
let db: LodestoneDb;
let servers: FeedServer[] = [];
const newEntity = {
  ...commerce,
  id: 'us-department-of-the-treasury',
  name: 'US Department of the Treasury',
  aliases: [{ text: 'Treasury Department' }],
};

beforeEach(async () => {
  db = await openLodestoneDb(`sync-${++n}`);
  await installSnapshot(db, snapshotOf(1), 'bundled');
  await saveClipping(db, {
    quote: 'Lutnick told reporters.',
    url: 'https://example.org/',
    title: 'A',
    entityIds: ['howard-lutnick'],
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function serve(folder: string, intercept?: Intercept): Promise<FeedServer> {
  const server = await serveFeed(folder, intercept ? { intercept } : {});
  servers.push(server);
  return server;
}

async function deps(feedUrl: string, change: Partial<SyncRunDeps> = {}): Promise<SyncRunDeps> {
  return {
    db,
    http: { fetch: globalThis.fetch, timeoutMs: 2_000 },
    feedUrl,
    pinnedKeys: [(await testKey()).pinned],
    now: () => new Date('2026-11-23T10:00:00Z'),
    onApplied: vi.fn(() => Promise.resolve()),
    ...change,
  };
}

/** The dataset (version 1, both entities) and the clipping are exactly as before. */
async function expectUntouched(): Promise<void> {
  expect(await readDatasetInfo(db)).toMatchObject({ version: 1, entityCount: 2, origin: 'bundled' });
  expect((await readAllEntities(db)).map((e) => e.id).sort()).toEqual([commerce.id, lutnick.id].sort());
  expect((await listClippings(db)).map((c) => c.quote)).toEqual(['Lutnick told reporters.']);
}

describe('sync against a real feed server', () => {
  it('applies a newer signed dataset atomically, archives the old one, and then answers 304s', async () => {
    const server = await serve(await makeFeed(snapshotOf(2, [lutnick, commerce, newEntity])));
    const d = await deps(server.manifestUrl);
    expect(await runSync(d)).toMatchObject({ kind: 'updated', info: { version: 2, entityCount: 3, origin: 'feed' } });
    expect(d.onApplied).toHaveBeenCalledOnce();
    expect(await readArchivedInfo(db)).toMatchObject({ version: 1 });
    expect((await listClippings(db)).length).toBe(1);
    expect(await runSync(d)).toEqual({ kind: 'up-to-date', version: 2 });
    expect(server.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
      '/manifest.json 200',
      '/snapshot-2.json 200',
      '/manifest.json 304',
    ]);
    expect(await readSyncStatus(db)).toMatchObject({
      phase: 'idle',
      lastError: null,
      failures: 0,
      lastSuccessAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('does not fetch the snapshot when the feed has the same version', async () => {
    const server = await serve(await makeFeed(snapshotOf(1)));
    expect(await runSync(await deps(server.manifestUrl))).toEqual({ kind: 'up-to-date', version: 1 });
    expect(server.requests.map((r) => r.path)).toEqual(['/manifest.json']);
  });

  it('rolls back to the archived dataset and does not reinstall the version rolled back from', async () => {
    const server = await serve(await makeFeed(snapshotOf(2, [lutnick, commerce, newEntity])));
    const d = await deps(server.manifestUrl);
    await runSync(d);
    expect(await rollBackDataset(db)).toMatchObject({ version: 1 });
    await updateSyncStatus(db, { rolledBackFrom: 2, etag: null });
    expect(await runSync(d)).toEqual({ kind: 'up-to-date', version: 1 });
    await expectUntouched();
  });

  const faults: Array<
    [string, string, (feed: string) => Promise<{ url: string; change?: Partial<SyncRunDeps>; active?: number }>]
  > = [
    [
      'timeout',
      'timeout',
      async (feed) => ({
        url: (await serve(feed, () => true)).manifestUrl,
        change: { http: { fetch: globalThis.fetch, timeoutMs: 300 } },
      }),
    ],
    [
      'connection failure',
      'network',
      async (feed) => ({ url: (await serve(feed, (_p, req) => (req.socket.destroy(), true))).manifestUrl }),
    ],
    [
      '4xx',
      'http-client',
      async (feed) => ({ url: (await serve(feed, (_p, _q, res) => (res.writeHead(404).end(), true))).manifestUrl }),
    ],
    [
      '5xx',
      'http-server',
      async (feed) => ({ url: (await serve(feed, (_p, _q, res) => (res.writeHead(503).end(), true))).manifestUrl }),
    ],
    [
      'redirect to another origin',
      'redirect',
      async (feed) => {
        const other = await serve(feed);
        return {
          url: (
            await serve(feed, (p, _q, res) => (res.writeHead(302, { location: `${other.origin}${p}` }).end(), true))
          ).manifestUrl,
        };
      },
    ],
    [
      'truncated body',
      'truncated',
      async (feed) => {
        const bytes = await readFile(join(feed, 'snapshot-2.json'));
        const intercept: Intercept = (p, req, res) => {
          if (!p.startsWith('/snapshot')) return false;
          res.writeHead(200, { 'content-length': bytes.byteLength });
          res.write(bytes.subarray(0, 100), () => req.socket.destroy());
          return true;
        };
        return { url: (await serve(feed, intercept)).manifestUrl };
      },
    ],
    [
      'invalid JSON',
      'invalid-json',
      async (feed) => ({
        url: (
          await serve(feed, (p, _q, res) => p === '/manifest.json' && (res.writeHead(200).end('{"signed": '), true))
        ).manifestUrl,
      }),
    ],
    [
      'schema violation',
      'schema',
      async () => {
        const bad = { ...snapshotOf(2), entities: [{ ...lutnick, summary: '' }] };
        return {
          url: (await serve(await makeFeed(snapshotOf(2), new TextEncoder().encode(JSON.stringify(bad))))).manifestUrl,
        };
      },
    ],
    [
      'sha256 mismatch',
      'checksum',
      async (feed) => {
        const file = join(feed, 'snapshot-2.json');
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replace('Howard Lutnick', 'Howard Lutnicc'));
        return { url: (await serve(feed)).manifestUrl };
      },
    ],
    [
      'bad signature',
      'signature',
      async (feed) => {
        const file = join(feed, 'manifest.json');
        const manifest = JSON.parse(await readFile(file, 'utf8')) as { signature: string };
        manifest.signature = `${manifest.signature.slice(0, 10)}${manifest.signature[10] === 'A' ? 'B' : 'A'}${manifest.signature.slice(11)}`;
        await writeFile(file, JSON.stringify(manifest));
        return { url: (await serve(feed)).manifestUrl };
      },
    ],
    [
      'an older version',
      'older-version',
      async () => ({ url: (await serve(await makeFeed(snapshotOf(1)))).manifestUrl, active: 3 }),
    ],
    [
      'an oversized payload',
      'too-large',
      async (feed) => ({
        url: (await serve(feed)).manifestUrl,
        change: { limits: { manifestBytes: 64 * 1024, snapshotBytes: 200 } },
      }),
    ],
    [
      'a body larger than the manifest says',
      'too-large',
      async (feed) => {
        const intercept: Intercept = (p, _q, res) =>
          p.startsWith('/snapshot') && (res.writeHead(200).end(`${' '.repeat(100_000)}{}`), true);
        return { url: (await serve(feed, intercept)).manifestUrl };
      },
    ],
  ];

  it.each(faults)('keeps the dataset and clippings intact on %s', async (_name, code, arrange) => {
    const { url, change, active } = await arrange(await makeFeed(snapshotOf(2, [lutnick, commerce, newEntity])));
    if (active) await installSnapshot(db, snapshotOf(active), 'bundled');
    const d = await deps(url, change);
    const outcome = await runSync(d);
    expect(outcome).toMatchObject({ kind: 'failed', code });
    expect(d.onApplied).not.toHaveBeenCalled();
    const status = await readSyncStatus(db);
    expect(status).toMatchObject({ phase: 'idle', failures: 1, lastError: { code } });
    expect(status.lastError?.message.length).toBeGreaterThan(10);
    if (active) await installSnapshot(db, snapshotOf(1), 'bundled');
    await expectUntouched();
  });

  it.each([
    ['storage quota exceeded', 'QuotaExceededError', 'quota'],
    ['the worker stopped mid-apply', 'AbortError', 'interrupted'],
  ])('keeps the old dataset whole when %s', async (_name, errorName, code) => {
    const server = await serve(await makeFeed(snapshotOf(2, [lutnick, commerce, newEntity])));
    const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')?.value as IDBObjectStore['put'];
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'entities' && ++calls === 2) throw new DOMException('simulated', errorName);
      return put.apply(this, args);
    });
    expect(await runSync(await deps(server.manifestUrl))).toMatchObject({ kind: 'failed', code });
    vi.restoreAllMocks();
    await expectUntouched();
    expect(await readArchivedInfo(db)).toBeNull();
  });
});
