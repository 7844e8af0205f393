/** The dataset that ships inside the extension: the offline default from the first run. */
import type { DatasetInfo } from '../shared/messaging/protocol.ts';
import type { LodestoneDb } from './db.ts';
import { installSnapshot, parseSnapshot, readDatasetInfo } from './dataset-store.ts';

/**
 * Installs the bundled snapshot when no dataset is active or the active one is older. `load` fetches
 * the bundled JSON (from the extension package in the browser, from disk in tests).
 */
export async function ensureBundledDataset(db: LodestoneDb, load: () => Promise<unknown>): Promise<DatasetInfo> {
  const active = await readDatasetInfo(db);
  const parsed = parseSnapshot(await load());
  if (!parsed.success) {
    if (active) return active;
    throw new Error(`The bundled dataset is invalid: ${parsed.issues[0].message}`);
  }
  if (active && active.version >= parsed.output.version) return active;
  return installSnapshot(db, parsed.output, 'bundled');
}
