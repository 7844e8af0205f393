/**
 * The compiled matcher as bytes, so that the build can ship the bundled dataset's matcher inside the
 * extension and a first run matches pages at once instead of compiling the dictionary. Layout: the
 * magic `LDSM`, a little-endian `u32` header length, a UTF-8 JSON header (format, dataset version
 * and creation time, the pooled strings, each array's length), then each typed array, 4-byte aligned.
 */
import { checkCompiled } from './compiled-check.ts';
import { COMPILED_ARRAYS, type CompiledArrayName, type CompiledMatcher } from './compiled.ts';

const MAGIC = [0x4c, 0x44, 0x53, 0x4d]; // "LDSM"

interface Header {
  format: number;
  version: number;
  createdAt: string;
  entityIdText: string;
  stringText: string;
  lengths: Record<CompiledArrayName, number>;
}

/** A compiled matcher with the creation time of the dataset it was compiled from. */
export interface PackagedMatcher {
  createdAt: string;
  compiled: CompiledMatcher;
}

const align = (offset: number): number => (offset + 3) & ~3;

/** Encodes a compiled matcher of the dataset created at `createdAt`. */
export function encodeCompiled(compiled: CompiledMatcher, createdAt: string): Uint8Array {
  const lengths = Object.fromEntries(COMPILED_ARRAYS.map(([name]) => [name, compiled[name].length])) as Record<
    CompiledArrayName,
    number
  >;
  const header: Header = {
    format: compiled.format,
    version: compiled.version,
    createdAt,
    entityIdText: compiled.entityIdText,
    stringText: compiled.stringText,
    lengths,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  let size = align(8 + headerBytes.length);
  for (const [name] of COMPILED_ARRAYS) size = align(size + compiled[name].byteLength);
  const bytes = new Uint8Array(size);
  bytes.set(MAGIC, 0);
  new DataView(bytes.buffer).setUint32(4, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  let offset = align(8 + headerBytes.length);
  for (const [name] of COMPILED_ARRAYS) {
    const array = compiled[name];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset = align(offset + array.byteLength);
  }
  return bytes;
}

function fail(what: string): never {
  throw new TypeError(`packaged matcher: ${what}`);
}

/**
 * Decodes bytes written by `encodeCompiled`; the arrays are views on `buffer`. Throws a `TypeError`
 * naming the problem when the bytes are not a whole, usable record (wrong magic, cut short, or a
 * record that fails the compiled matcher's checks).
 */
export function decodeCompiled(buffer: ArrayBuffer): PackagedMatcher {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || MAGIC.some((value, i) => bytes[i] !== value)) fail('not a packaged matcher');
  const headerLength = new DataView(buffer).getUint32(4, true);
  if (8 + headerLength > bytes.length) fail('cut short in its header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
  } catch {
    fail('its header is not JSON');
  }
  if (typeof header.createdAt !== 'string' || typeof header.lengths !== 'object') fail('its header is incomplete');
  const arrays: Partial<Record<CompiledArrayName, Int32Array | Uint16Array | Uint8Array>> = {};
  let offset = align(8 + headerLength);
  for (const [name, Type] of COMPILED_ARRAYS) {
    const length = header.lengths[name];
    if (!Number.isInteger(length) || length < 0) fail(`no length for ${name}`);
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    if (offset + byteLength > bytes.length) fail(`cut short in ${name}`);
    arrays[name] = new Type(buffer, offset, length);
    offset = align(offset + byteLength);
  }
  const compiled = {
    format: header.format,
    version: header.version,
    entityIdText: header.entityIdText,
    stringText: header.stringText,
    ...arrays,
  };
  checkCompiled(compiled);
  return { createdAt: header.createdAt, compiled };
}
