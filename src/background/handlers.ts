/** The background's answers to every call in `BackgroundCalls`. */
import type { Entity } from '../shared/dataset/schema.ts';
import { MAX_NAMES_PER_CALL, type BackgroundCalls, type DatasetInfo } from '../shared/messaging/protocol.ts';
import type { SyncCalls } from '../shared/messaging/sync-protocol.ts';
import type { Handlers } from '../shared/messaging/router.ts';
import { MAX_IMPORT_CHARS, parseClippingsFile } from '../shared/clippings/export-format.ts';
import { deleteClipping, importClippings, listClippings, saveClipping, validateCapture } from './clippings.ts';
import type { LodestoneDb } from './db.ts';
import { readDatasetInfo, readEntity } from './dataset-store.ts';
import type { Matcher } from '../shared/matcher/match.ts';
import { matchText, validateMatchText } from './match-text.ts';
import { loadMatcher } from './matcher-store.ts';

/** The background's calls other than sync (those are answered by `createSyncHandlers`). */
export type CoreCalls = Omit<BackgroundCalls, keyof SyncCalls>;

/** What the handlers need: the database once the dataset is ready, and the matcher for pages. */
export interface HandlerDeps {
  ready: () => Promise<LodestoneDb>;
  /** Defaults to the active dataset's matcher from the matcher store. */
  pageMatcher?: () => Promise<Matcher>;
}

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200)
    throw new TypeError(`${name} must be a short string`);
  return value;
}

/** Creates the handlers; matching uses the active dataset's matcher, kept by the matcher store. */
export function createHandlers({
  ready,
  pageMatcher = async () => loadMatcher(await ready()),
}: HandlerDeps): Handlers<CoreCalls> {
  async function activeInfo(db: LodestoneDb): Promise<DatasetInfo> {
    const info = await readDatasetInfo(db);
    if (!info) throw new Error('No dataset is installed yet.');
    return info;
  }

  return {
    async matchText(request) {
      const valid = validateMatchText(request);
      return matchText(await pageMatcher(), valid);
    },
    async getEntity({ id }) {
      const db = await ready();
      const entity = await readEntity(db, requireString(id, 'id'));
      if (!entity) return null;
      const related = await Promise.all(
        (entity.related ?? []).map(async (r) => ({ ...r, other: await readEntity(db, r.id) })),
      );
      return {
        entity,
        related: related
          .filter((r): r is typeof r & { other: Entity } => r.other !== undefined)
          .map((r) => ({ id: r.id, relation: r.relation, name: r.other.name, kind: r.other.kind })),
      };
    },
    async getEntityNames({ ids }) {
      const db = await ready();
      if (!Array.isArray(ids) || ids.length > MAX_NAMES_PER_CALL)
        throw new TypeError(`ids must be a list of at most ${String(MAX_NAMES_PER_CALL)} ids`);
      const found = await Promise.all(ids.map((id) => readEntity(db, requireString(id, 'id'))));
      return found.filter((e): e is Entity => e !== undefined).map((e) => ({ id: e.id, name: e.name, kind: e.kind }));
    },
    async getDatasetInfo() {
      return activeInfo(await ready());
    },
    async saveClipping(capture) {
      return saveClipping(await ready(), validateCapture(capture));
    },
    async listClippings() {
      return listClippings(await ready());
    },
    async deleteClipping({ id }) {
      return deleteClipping(await ready(), requireString(id, 'id'));
    },
    async importClippings({ text }) {
      if (typeof text !== 'string') throw new TypeError('The file could not be read.');
      if (text.length > MAX_IMPORT_CHARS)
        throw new RangeError(
          `The file is too large to import (over ${String(MAX_IMPORT_CHARS / 1_000_000)} million characters).`,
        );
      // The whole file is checked before anything is stored.
      return importClippings(await ready(), parseClippingsFile(text));
    },
  };
}
