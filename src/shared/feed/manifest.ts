/**
 * The feed's signed manifest. The signature covers the exact bytes of the payload (base64 in
 * `signed`), so no JSON canonicalization is involved: verify the bytes, then parse them.
 */
import * as v from 'valibot';
import { fromBase64 } from '../base64.ts';

/** What the manifest vouches for. */
export const ManifestPayload = v.strictObject({
  format: v.literal(1),
  /** The dataset version; feeds never go back. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  /** The snapshot's address, relative to the manifest. */
  snapshot: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]+$/, 'must be a file name beside the manifest')),
  /** The snapshot's size in bytes. */
  size: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The snapshot's SHA-256, lowercase hex. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
});

/** The manifest file: payload bytes, the signature over them, and the key that made it. */
export const SignedManifest = v.strictObject({
  signed: v.pipe(v.string(), v.base64()),
  signature: v.pipe(v.string(), v.base64()),
  keyId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
});

/** A public key the extension trusts. */
export interface PinnedKey {
  keyId: string;
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
}

export type ManifestPayload = v.InferOutput<typeof ManifestPayload>;
export type SignedManifest = v.InferOutput<typeof SignedManifest>;


/** SHA-256 of bytes, lowercase hex. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Why a manifest was refused. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

/**
 * Checks a manifest: its shape, that a pinned key with its key id signed it (Ed25519 through
 * WebCrypto), and the payload's shape. Throws a `ManifestError` saying what failed.
 */
export async function verifyManifest(json: unknown, pinned: readonly PinnedKey[]): Promise<ManifestPayload> {
  const envelope = v.safeParse(SignedManifest, json);
  if (!envelope.success) throw new ManifestError(`The feed manifest is malformed: ${envelope.issues[0].message}`);
  const key = pinned.find((k) => k.keyId === envelope.output.keyId);
  if (!key) throw new ManifestError(`The feed manifest is signed with an unknown key (${envelope.output.keyId}).`);
  const publicKey = await crypto.subtle.importKey('raw', fromBase64(key.publicKey), { name: 'Ed25519' }, false, ['verify']);
  const bytes = fromBase64(envelope.output.signed);
  const valid = await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, fromBase64(envelope.output.signature), bytes);
  if (!valid) throw new ManifestError('The feed manifest has a bad signature.');
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ManifestError('The signed manifest payload is not JSON.');
  }
  const parsed = v.safeParse(ManifestPayload, payload);
  if (!parsed.success) throw new ManifestError(`The signed manifest payload is malformed: ${parsed.issues[0].message}`);
  return parsed.output;
}
