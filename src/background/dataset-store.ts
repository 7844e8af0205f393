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
export async function installSnapshot(db: LodestoneDb, snapshot: Snapshot, origin: DatasetInfo['origin']): Promise<DatasetInfo> {
  const info: DatasetInfo = { version: snapshot.version, createdAt: snapshot.createdAt, entityCount: snapshot.entities.length, origin };
  const tx = db.transaction(['entities', 'datasetMeta'], 'readwrite');
  const entities = tx.objectStore('entities');
  await entities.clear();
  await Promise.all(snapshot.entities.map((entity) => entities.put(entity)));
  await tx.objectStore('datasetMeta').put(info, 'active');
  await tx.done;
  return info;
}

/** Every entity of the active dataset. */
export function readAllEntities(db: LodestoneDb): Promise<Entity[]> {
  return db.getAll('entities');
}

/** One entity, or undefined. */
export function readEntity(db: LodestoneDb, id: string): Promise<Entity | undefined> {
  return db.get('entities', id);
}
