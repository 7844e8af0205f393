/** The active dataset in IndexedDB: installed whole in one transaction, read by id. */
import * as v from 'valibot';
import { Snapshot, type Entity } from '../shared/dataset/schema.ts';
import type { DatasetInfo } from '../shared/messaging/protocol.ts';
import type { LodestoneDb } from './db.ts';

/** Validates untrusted JSON as a snapshot, with a message naming the first bad field. */
export function parseSnapshot(json: unknown): v.SafeParseResult<typeof Snapshot> {
  return v.safeParse(Snapshot, json);
}

/** The active dataset's info, or null before any dataset is installed. */
export async function readDatasetInfo(db: LodestoneDb): Promise<DatasetInfo | null> {
  return (await db.get('datasetMeta', 'active')) ?? null;
}

/**
 * Replaces the active dataset with `snapshot` in a single transaction: readers see all of the old
 * dataset or all of the new, never a mix, and a failure leaves the old one in place.
 */
export async function installSnapshot(
  db: LodestoneDb,
  snapshot: Snapshot,
  origin: DatasetInfo['origin'],
): Promise<DatasetInfo> {
  const info: DatasetInfo = {
    version: snapshot.version,
    createdAt: snapshot.createdAt,
    entityCount: snapshot.entities.length,
    origin,
  };
  const tx = db.transaction(['entities', 'datasetMeta'], 'readwrite');
  const done = tx.done;
  try {
    const entities = tx.objectStore('entities');
    await entities.clear();
    const puts: Array<Promise<unknown>> = [];
    for (const entity of snapshot.entities) {
      const put = entities.put(entity);
      // When one request fails the others are aborted with it; the first failure is the one reported.
      put.catch(() => undefined);
      puts.push(put);
    }
    await Promise.all(puts);
    await tx.objectStore('datasetMeta').put(info, 'active');
    await done;
    return info;
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

/** Every entity of the active dataset. */
export function readAllEntities(db: LodestoneDb): Promise<Entity[]> {
  return db.getAll('entities');
}

/** One entity, or undefined. */
export function readEntity(db: LodestoneDb, id: string): Promise<Entity | undefined> {
  return db.get('entities', id);
}
