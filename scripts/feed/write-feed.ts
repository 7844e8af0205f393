/** Writes a feed folder: the snapshot under a versioned name and the manifest signed over its bytes. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toBase64 } from '../../src/shared/base64.ts';
import { sha256Hex, type ManifestPayload, type SignedManifest } from '../../src/shared/feed/manifest.ts';
import type { Snapshot } from '../../src/shared/dataset/schema.ts';
import { signBytes, type SigningKey } from './signing-key.ts';

/** Signs a manifest payload. */
export function signManifest(payload: ManifestPayload, key: SigningKey): SignedManifest {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return { signed: toBase64(bytes), signature: signBytes(key, bytes), keyId: key.keyId };
}

/** Writes `snapshot-<version>.json` and `manifest.json` into `folder`; returns the manifest payload. */
export async function writeFeed(folder: string, snapshot: Snapshot, snapshotBytes: Uint8Array<ArrayBuffer>, key: SigningKey): Promise<ManifestPayload> {
  const name = `snapshot-${snapshot.version}.json`;
  const payload: ManifestPayload = {
    format: 1,
    version: snapshot.version,
    createdAt: snapshot.createdAt,
    snapshot: name,
    size: snapshotBytes.byteLength,
    sha256: await sha256Hex(snapshotBytes),
  };
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, name), snapshotBytes);
  await writeFile(join(folder, 'manifest.json'), `${JSON.stringify(signManifest(payload, key), null, 2)}\n`);
  return payload;
}
