/** Builds signed feed folders for sync tests, with the test key the development build pins. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSigningKey, type SigningKey } from '../../scripts/feed/signing-key.ts';
import { writeFeed } from '../../scripts/feed/write-feed.ts';
import type { Snapshot } from '../../src/shared/dataset/schema.ts';

/** The test signing key. */
export function testKey(): Promise<SigningKey> {
  return loadSigningKey({});
}

/** Writes a feed for `snapshot` into a new temp folder; `bytes` overrides the snapshot's bytes (to serve something else under a valid signature). */
export async function makeFeed(snapshot: Snapshot, bytes?: Uint8Array<ArrayBuffer>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'lodestone-feed-'));
  await writeFeed(folder, snapshot, bytes ?? new TextEncoder().encode(JSON.stringify(snapshot)), await testKey());
  return folder;
}
