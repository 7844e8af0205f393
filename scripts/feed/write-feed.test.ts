import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/shared/dataset/schema.ts';
import { fromBase64, toBase64 } from '../../src/shared/base64.ts';
import { ManifestError, sha256Hex, verifyManifest, type SignedManifest } from '../../src/shared/feed/manifest.ts';
import { loadSigningKey, signingKeyFrom } from './signing-key.ts';
import { signManifest, writeFeed } from './write-feed.ts';

const snapshot: Snapshot = { format: 1, version: 7, createdAt: '2026-11-23T00:00:00.000Z', entities: [] };

function freshKey(keyId: string) {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signingKeyFrom(keyId, privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'), false);
}

describe('feed signing', () => {
  it('writes a snapshot and a manifest that verifies against the pinned key', async () => {
    const key = await loadSigningKey({});
    expect(key.isTestKey).toBe(true);
    const folder = await mkdtemp(join(tmpdir(), 'lodestone-feed-'));
    const bytes = new TextEncoder().encode(JSON.stringify(snapshot));
    await writeFeed(folder, snapshot, bytes, key);
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as unknown;
    const payload = await verifyManifest(manifest, [key.pinned]);
    expect(payload).toMatchObject({ version: 7, snapshot: 'snapshot-7.json', size: bytes.byteLength });
    const written = new Uint8Array(await readFile(join(folder, payload.snapshot)));
    expect(await sha256Hex(written)).toBe(payload.sha256);
  });

  it('supports several pinned keys (rotation) and refuses unknown ones', async () => {
    const oldKey = freshKey('release-2025');
    const newKey = freshKey('release-2026');
    const payload = { format: 1 as const, version: 2, createdAt: snapshot.createdAt, snapshot: 'snapshot-2.json', size: 10, sha256: 'a'.repeat(64) };
    await expect(verifyManifest(signManifest(payload, newKey), [oldKey.pinned, newKey.pinned])).resolves.toEqual(payload);
    await expect(verifyManifest(signManifest(payload, newKey), [oldKey.pinned])).rejects.toThrow(/unknown key/);
  });

  it('detects tampering with the payload, the signature or the key id', async () => {
    const key = freshKey('release');
    const other = freshKey('release');
    const payload = { format: 1 as const, version: 2, createdAt: snapshot.createdAt, snapshot: 'snapshot-2.json', size: 10, sha256: 'b'.repeat(64) };
    const signed = signManifest(payload, key);
    const tamperedPayload: SignedManifest = { ...signed, signed: toBase64(new TextEncoder().encode(JSON.stringify({ ...payload, version: 3 }))) };
    const flipped = fromBase64(signed.signature);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    const tamperedSignature: SignedManifest = { ...signed, signature: toBase64(flipped) };
    await expect(verifyManifest(tamperedPayload, [key.pinned])).rejects.toThrow(/bad signature/);
    await expect(verifyManifest(tamperedSignature, [key.pinned])).rejects.toThrow(/bad signature/);
    await expect(verifyManifest(signed, [other.pinned])).rejects.toThrow(ManifestError);
    await expect(verifyManifest({ signed: 'x' }, [key.pinned])).rejects.toThrow(/malformed/);
  });
});
