/**
 * The active dataset in IndexedDB, always written whole in one transaction: readers see all of the
 * old dataset or all of the new, and any failure (a bad record, a full disk, a stopped worker) leaves
 * the old one in place. The dataset before the last change is archived for a rollback.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import { Snapshot, type Entity } from '../shared/dataset/schema.ts';
import type { DatasetInfo } from '../shared/messaging/protocol.ts';
import type { LodestoneDb, LodestoneSchema } from './db.ts';

type DatasetStores = Array<StoreNames<LodestoneSchema>>;
type WriteTx = IDBPTransaction<LodestoneSchema, DatasetStores, 'readwrite'>;

/** Validates untrusted JSON as a snapshot. */
export function parseSnapshot(json: unknown): v.SafeParseResult<typeof Snapshot> {
  return v.safeParse(Snapshot, json);
}

/** The active dataset's info, or null before any dataset is installed. */
export async function readDatasetInfo(db: LodestoneDb): Promise<DatasetInfo | null> {
  return (await db.get('datasetMeta', 'active')) ?? null;
}

/** The archived previous dataset's info, or null. */
export async function readArchivedInfo(db: LodestoneDb): Promise<DatasetInfo | null> {
  return (await db.get('archive', 'previous'))?.info ?? null;
}

/** Every entity of the active dataset. */
export function readAllEntities(db: LodestoneDb): Promise<Entity[]> {
  return db.getAll('entities');
}

/** One entity, or undefined. */
export function readEntity(db: LodestoneDb, id: string): Promise<Entity | undefined> {
  return db.get('entities', id);
}

/** Runs `write` in one readwrite transaction over `stores`; aborts the whole transaction if anything in it fails. */
async function atomically<T>(db: LodestoneDb, stores: DatasetStores, write: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  const done = tx.done;
  try {
    const result = await write(tx);
    await done;
    return result;
  } catch (error) {
    // A failed request does not abort the transaction by itself; abort so nothing of it commits.
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser (quota): nothing was committed either way.
    }
    throw error;
  }
}

/** Entities written per round of an install. */
const PUT_CHUNK = 250;

/** Replaces the active entities and info inside a transaction. */
async function writeActive(tx: WriteTx, entities: readonly Entity[], info: DatasetInfo): Promise<void> {
  const store = tx.objectStore('entities');
  await store.clear();
  // In chunks, each issued when the last one is written: between chunks the worker answers other
  // messages (pages being matched), where one loop of tens of thousands of puts would hold it for seconds.
  for (let from = 0; from < entities.length; from += PUT_CHUNK) {
    const puts: Array<Promise<unknown>> = [];
    for (const entity of entities.slice(from, from + PUT_CHUNK)) {
      const put = store.put(entity);
      // When one request fails the others are aborted with it; the first failure is the one reported.
      put.catch(() => undefined);
      puts.push(put);
    }
    await Promise.all(puts);
  }
  await tx.objectStore('datasetMeta').put(info, 'active');
}

function infoOf(snapshot: Snapshot, origin: DatasetInfo['origin']): DatasetInfo {
  return { version: snapshot.version, createdAt: snapshot.createdAt, entityCount: snapshot.entities.length, origin };
}

/** Replaces the active dataset with `snapshot`, without archiving (the bundled dataset on first run). */
export function installSnapshot(
  db: LodestoneDb,
  snapshot: Snapshot,
  origin: DatasetInfo['origin'],
): Promise<DatasetInfo> {
  const info = infoOf(snapshot, origin);
  return atomically(db, ['entities', 'datasetMeta'], async (tx) => {
    await writeActive(tx, snapshot.entities, info);
    return info;
  });
}

/** Replaces the active dataset with `snapshot` and archives the one it replaces, all in one transaction. */
export function replaceDataset(
  db: LodestoneDb,
  snapshot: Snapshot,
  origin: DatasetInfo['origin'],
): Promise<DatasetInfo> {
  const info = infoOf(snapshot, origin);
  return atomically(db, ['entities', 'datasetMeta', 'archive'], async (tx) => {
    const previous = await tx.objectStore('datasetMeta').get('active');
    if (previous)
      await tx
        .objectStore('archive')
        .put({ info: previous, entities: await tx.objectStore('entities').getAll() }, 'previous');
    await writeActive(tx, snapshot.entities, info);
    return info;
  });
}

/** Makes the archived dataset active again and archives the current one; returns the restored info, or null without an archive. */
export function rollBackDataset(db: LodestoneDb): Promise<DatasetInfo | null> {
  return atomically(db, ['entities', 'datasetMeta', 'archive'], async (tx) => {
    const archived = await tx.objectStore('archive').get('previous');
    const current = await tx.objectStore('datasetMeta').get('active');
    if (!archived || !current) return null;
    await tx
      .objectStore('archive')
      .put({ info: current, entities: await tx.objectStore('entities').getAll() }, 'previous');
    await writeActive(tx, archived.entities, archived.info);
    return archived.info;
  });
}
