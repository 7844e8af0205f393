/** The dataset that ships inside the extension: the offline default from the first run. */
import type { DatasetInfo } from '../shared/messaging/protocol.ts';
import type { LodestoneDb } from './db.ts';
import { installSnapshot, parseSnapshot, readDatasetInfo } from './dataset-store.ts';

/** The bundled snapshot's version and creation time, which the build writes beside it. */
export interface BundledInfo {
  version: number;
  createdAt: string;
}

/**
 * Installs the bundled snapshot when no dataset is active or the active one is older. `load` fetches
 * the bundled JSON (from the extension package in the browser, from disk in tests). `loadInfo`, when
 * given, reads the bundled snapshot's version from a small file first, so a worker that wakes with a
 * dataset at least as new does not read and check the whole snapshot again.
 */
export async function ensureBundledDataset(
  db: LodestoneDb,
  load: () => Promise<unknown>,
  loadInfo?: () => Promise<BundledInfo | null>,
): Promise<DatasetInfo> {
  const active = await readDatasetInfo(db);
  const bundled = active && loadInfo ? await loadInfo().catch(() => null) : null;
  if (active && typeof bundled?.version === 'number' && active.version >= bundled.version) return active;
  const parsed = parseSnapshot(await load());
  if (!parsed.success) {
    if (active) return active;
    throw new Error(`The bundled dataset is invalid: ${parsed.issues[0].message}`);
  }
  if (active && active.version >= parsed.output.version) return active;
  return installSnapshot(db, parsed.output, 'bundled');
}
