/** The background's IndexedDB: one versioned schema, opened through idb. Only the background touches it. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Entity } from '../shared/dataset/schema.ts';
import type { Clipping, DatasetInfo } from '../shared/messaging/protocol.ts';

/** The stores and their records. */
export interface LodestoneSchema extends DBSchema {
  /** The active dataset's entities, by id. */
  entities: { key: string; value: Entity };
  /** Records about the active dataset; key `active`. */
  datasetMeta: { key: string; value: DatasetInfo };
  /** The reader's clippings, by id, with an index by time. */
  clippings: { key: string; value: Clipping; indexes: { byCreatedAt: string } };
  /** Settings and small state records (sync settings and status), by name. */
  settings: { key: string; value: unknown };
  /** The matcher compiled for the active dataset, by dataset version, so a woken worker need not rebuild it. */
  compiledMatcher: { key: number; value: unknown };
  /** The dataset that was active before the last sync, kept whole for a rollback; key `previous`. */
  archive: { key: string; value: { info: DatasetInfo; entities: Entity[] } };
}

/** An open Lodestone database. */
export type LodestoneDb = IDBPDatabase<LodestoneSchema>;

/** The schema version; raise it and add a step to `upgrade` for every change. */
export const DB_VERSION = 2;

/** Opens (and creates or upgrades) the database. `name` lets tests open fresh ones. */
export function openLodestoneDb(name = 'lodestone'): Promise<LodestoneDb> {
  return openDB<LodestoneSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each step brings the schema from one version to the next; they run in order.
      if (oldVersion < 1) {
        db.createObjectStore('entities', { keyPath: 'id' });
        db.createObjectStore('datasetMeta');
        const clippings = db.createObjectStore('clippings', { keyPath: 'id' });
        clippings.createIndex('byCreatedAt', 'createdAt');
        db.createObjectStore('settings');
      }
      if (oldVersion < 2) {
        db.createObjectStore('compiledMatcher');
        db.createObjectStore('archive');
      }
    },
  });
}
