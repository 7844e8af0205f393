/** The reader's clippings: validated on the way in, listed newest first, imported all or nothing. */
import * as v from 'valibot';
import { clippingFields } from '../shared/clippings/export-format.ts';
import type { Clipping, SelectionCapture } from '../shared/messaging/protocol.ts';
import type { LodestoneDb } from './db.ts';

const Capture = v.strictObject(clippingFields('selection'));

/** Checks a capture from another context; throws a readable error ("The selection is empty.") when it is malformed. */
export function validateCapture(input: unknown): SelectionCapture {
  const parsed = v.safeParse(Capture, input);
  if (!parsed.success) {
    const { message } = parsed.issues[0];
    throw new TypeError(`${message.charAt(0).toUpperCase()}${message.slice(1)}.`);
  }
  return parsed.output;
}

/** Stores a new clipping made from a capture. */
export async function saveClipping(db: LodestoneDb, capture: SelectionCapture, now = new Date()): Promise<Clipping> {
  const clipping: Clipping = {
    ...capture,
    entityIds: [...new Set(capture.entityIds)],
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
  };
  await db.add('clippings', clipping);
  return clipping;
}

/** Every clipping, newest first. */
export async function listClippings(db: LodestoneDb): Promise<Clipping[]> {
  return (await db.getAllFromIndex('clippings', 'byCreatedAt')).reverse();
}

/** Deletes a clipping; true when it existed. */
export async function deleteClipping(db: LodestoneDb, id: string): Promise<boolean> {
  const tx = db.transaction('clippings', 'readwrite');
  const existed = (await tx.store.getKey(id)) !== undefined;
  if (existed) await tx.store.delete(id);
  await tx.done;
  return existed;
}

/** What an import did: clippings added, and clippings skipped because one with their id is kept already. */
export interface ImportResult {
  added: number;
  skipped: number;
}

/**
 * Adds the clippings whose ids are not stored yet, in one transaction: all of them are stored or,
 * when anything fails (a full disk), none. A stored clipping is never replaced or removed.
 */
export async function importClippings(db: LodestoneDb, clippings: readonly Clipping[]): Promise<ImportResult> {
  const tx = db.transaction('clippings', 'readwrite');
  try {
    // One read of the stored ids, then every write queued at once and the transaction awaited: a
    // request awaited per clipping costs a turn of the event loop each (25 s for 50,000 clippings).
    const stored = new Set(await tx.store.getAllKeys());
    let added = 0;
    for (const clipping of clippings) {
      if (stored.has(clipping.id)) continue;
      // A failed write fails the transaction, which `tx.done` reports; its own promise is not awaited.
      tx.store.add(clipping).catch(() => undefined);
      added++;
    }
    await tx.done;
    return { added, skipped: clippings.length - added };
  } catch (error) {
    // A failed request does not abort its transaction by itself: abort, so nothing half-done stays.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
