/**
 * One sync run: conditional GET of the signed manifest; the snapshot only when its version is newer;
 * size, SHA-256, signature and schema checks; then an atomic swap that archives the old dataset.
 * Every fault leaves the active dataset as it was and is recorded with a readable message. The run
 * never reads or writes clippings.
 */
import type { Snapshot } from '../../shared/dataset/schema.ts';
import {
  ManifestError,
  sha256Hex,
  verifyManifest,
  type ManifestPayload,
  type PinnedKey,
} from '../../shared/feed/manifest.ts';
import type { DatasetInfo } from '../../shared/messaging/protocol.ts';
import type { LodestoneDb } from '../db.ts';
import { parseSnapshot, readDatasetInfo, replaceDataset } from '../dataset-store.ts';
import { getBounded, parseJson, type HttpDeps } from './feed-client.ts';
import { SyncError, toSyncError } from './sync-error.ts';
import { readSyncStatus, updateSyncStatus } from './sync-store.ts';
import type { SyncErrorCode } from './sync-types.ts';

/** Upper bounds on what the sync downloads. */
export const LIMITS = { manifestBytes: 64 * 1024, snapshotBytes: 32 * 1024 * 1024 };

/** What a run needs. */
export interface SyncRunDeps {
  db: LodestoneDb;
  http: HttpDeps;
  feedUrl: string;
  pinnedKeys: readonly PinnedKey[];
  now: () => Date;
  /** Called after a new dataset is active (to rebuild caches and re-highlight open tabs). */
  onApplied: (info: DatasetInfo) => Promise<void>;
  limits?: typeof LIMITS;
}

/** How a run ended. */
export type SyncOutcome =
  | { kind: 'updated'; info: DatasetInfo }
  | { kind: 'up-to-date'; version: number }
  | { kind: 'failed'; code: SyncErrorCode; message: string };

async function checkManifest(json: unknown, keys: readonly PinnedKey[]): Promise<ManifestPayload> {
  try {
    return await verifyManifest(json, keys);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    const code = /signature|unknown key/.test(error.message) ? 'signature' : 'schema';
    throw new SyncError(code, error.message);
  }
}

async function downloadSnapshot(deps: SyncRunDeps, manifest: ManifestPayload): Promise<Snapshot> {
  const limits = deps.limits ?? LIMITS;
  if (manifest.size > limits.snapshotBytes) {
    throw new SyncError(
      'too-large',
      `The feed's dataset (${manifest.size} bytes) is larger than the ${limits.snapshotBytes} bytes allowed.`,
    );
  }
  const url = new URL(manifest.snapshot, deps.feedUrl).href;
  const { bytes } = await getBounded(url, {}, manifest.size, 'dataset', deps.http);
  await updateSyncStatus(deps.db, { phase: 'verifying' });
  if (bytes.byteLength !== manifest.size) {
    throw new SyncError(
      'truncated',
      `The dataset has ${bytes.byteLength} bytes; the manifest promised ${manifest.size}.`,
    );
  }
  if ((await sha256Hex(bytes)) !== manifest.sha256)
    throw new SyncError('checksum', 'The dataset does not match the checksum in the signed manifest.');
  const parsed = parseSnapshot(parseJson(bytes, 'dataset'));
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new SyncError(
      'schema',
      `The dataset does not match the schema${where ? ` at ${where}` : ''}: ${issue.message}`,
    );
  }
  if (parsed.output.version !== manifest.version) {
    throw new SyncError(
      'schema',
      `The dataset says version ${parsed.output.version}; the manifest says ${manifest.version}.`,
    );
  }
  return parsed.output;
}

async function attempt(deps: SyncRunDeps): Promise<SyncOutcome> {
  const { db } = deps;
  const status = await readSyncStatus(db);
  const headers: Record<string, string> = {};
  if (status.etag) headers['if-none-match'] = status.etag;
  if (status.lastModified) headers['if-modified-since'] = status.lastModified;
  const active = await readDatasetInfo(db);
  const response = await getBounded(
    deps.feedUrl,
    headers,
    (deps.limits ?? LIMITS).manifestBytes,
    'feed manifest',
    deps.http,
  );
  if (response.status === 304 && active) return { kind: 'up-to-date', version: active.version };
  const manifest = await checkManifest(parseJson(response.bytes, 'feed manifest'), deps.pinnedKeys);
  const validators = { etag: response.etag, lastModified: response.lastModified };
  if (active && manifest.version < active.version) {
    throw new SyncError(
      'older-version',
      `The feed offers version ${manifest.version}, older than the active ${active.version}; refused.`,
    );
  }
  if ((active && manifest.version === active.version) || manifest.version === status.rolledBackFrom) {
    await updateSyncStatus(db, validators);
    return { kind: 'up-to-date', version: active?.version ?? manifest.version };
  }
  await updateSyncStatus(db, { phase: 'downloading' });
  const snapshot = await downloadSnapshot(deps, manifest);
  await updateSyncStatus(db, { phase: 'applying' });
  const info = await replaceDataset(db, snapshot, 'feed');
  await updateSyncStatus(db, validators);
  return { kind: 'updated', info };
}

/** Runs one sync and records its outcome in the sync status. */
export async function runSync(deps: SyncRunDeps): Promise<SyncOutcome> {
  await updateSyncStatus(deps.db, { phase: 'checking', lastAttemptAt: deps.now().toISOString() });
  let outcome: SyncOutcome;
  try {
    outcome = await attempt(deps);
  } catch (error) {
    const failure = toSyncError(error);
    outcome = { kind: 'failed', code: failure.code, message: failure.message };
  }
  const previous = await readSyncStatus(deps.db);
  if (outcome.kind === 'failed') {
    await updateSyncStatus(deps.db, {
      phase: 'idle',
      lastError: { code: outcome.code, message: outcome.message },
      failures: previous.failures + 1,
    });
  } else {
    await updateSyncStatus(deps.db, {
      phase: 'idle',
      lastError: null,
      failures: 0,
      nextRetryAt: null,
      lastSuccessAt: deps.now().toISOString(),
    });
  }
  if (outcome.kind === 'updated') await deps.onApplied(outcome.info);
  return outcome;
}
