/** The key that signs the feed: the release key from the environment, or the committed test key. */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { PinnedKey } from '../../src/shared/feed/manifest.ts';

/** A private key, its id, and its public half as pinned. */
export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
  pinned: PinnedKey;
  /** True for the test key pair, which no release build trusts. */
  isTestKey: boolean;
}

/** The committed test key pair: for tests and local development only. */
export const TEST_KEY_FILE = 'test/fixtures/test-signing-key.json';

/** Builds a signing key from a base64 PKCS#8 private key. */
export function signingKeyFrom(keyId: string, pkcs8Base64: string, isTestKey: boolean): SigningKey {
  const privateKey = createPrivateKey({ key: Buffer.from(pkcs8Base64, 'base64'), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { keyId, privateKey, isTestKey, pinned: { keyId, publicKey: spki.subarray(-32).toString('base64') } };
}

/**
 * The release key when `LODESTONE_SIGNING_KEY` (base64 PKCS#8) and `LODESTONE_SIGNING_KEY_ID` are set,
 * else the test key.
 */
export async function loadSigningKey(env: NodeJS.ProcessEnv = process.env): Promise<SigningKey> {
  if (env.LODESTONE_SIGNING_KEY) {
    if (!env.LODESTONE_SIGNING_KEY_ID) throw new Error('LODESTONE_SIGNING_KEY_ID must name the release key');
    return signingKeyFrom(env.LODESTONE_SIGNING_KEY_ID, env.LODESTONE_SIGNING_KEY, false);
  }
  const test = JSON.parse(await readFile(TEST_KEY_FILE, 'utf8')) as { keyId: string; privateKey: string };
  return signingKeyFrom(test.keyId, test.privateKey, true);
}

/** Signs bytes with Ed25519; returns the signature as base64. */
export function signBytes(key: SigningKey, bytes: Uint8Array): string {
  return sign(null, bytes, key.privateKey).toString('base64');
}
