/**
 * HTTP for the sync: bounded, time-limited GETs that never follow a redirect to another origin,
 * send no cookies, and tell truncated, oversized and failed responses apart.
 */
import { SyncError, toSyncError } from './sync-error.ts';

/** What the sync's HTTP needs. `fetch` is injected so tests can fake it or aim it at a local server. */
export interface HttpDeps {
  fetch: typeof fetch;
  timeoutMs: number;
}

/** A response body read in full, with its validators. */
export interface FetchedBody {
  status: number;
  bytes: Uint8Array<ArrayBuffer>;
  etag: string | null;
  lastModified: string | null;
}

async function readBounded(response: Response, maxBytes: number, what: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes)
    throw new SyncError('too-large', `The ${what} is larger than the ${maxBytes} bytes allowed.`);
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new SyncError('too-large', `The ${what} is larger than the ${maxBytes} bytes allowed.`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof SyncError) throw error;
    const cause = toSyncError(error);
    if (cause.code === 'timeout') throw cause;
    throw new SyncError('truncated', `The ${what} was cut off after ${total} bytes.`);
  }
  if (Number.isFinite(declared) && total < declared) {
    throw new SyncError('truncated', `The ${what} was cut off after ${total} of ${declared} bytes.`);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** GETs `url` with extra headers; 304 comes back with no bytes. Throws a SyncError for every fault. */
export async function getBounded(
  url: string,
  headers: Record<string, string>,
  maxBytes: number,
  what: string,
  deps: HttpDeps,
): Promise<FetchedBody> {
  let response: Response;
  try {
    response = await deps.fetch(url, {
      headers,
      signal: AbortSignal.timeout(deps.timeoutMs),
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
  } catch (error) {
    throw toSyncError(error);
  }
  if (response.redirected && new URL(response.url).origin !== new URL(url).origin) {
    await response.body?.cancel();
    throw new SyncError('redirect', `The feed redirected to another site (${new URL(response.url).origin}); refused.`);
  }
  const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  if (response.status === 304) return { status: 304, bytes: new Uint8Array(0), ...validators };
  if (response.status >= 400 && response.status < 500) {
    await response.body?.cancel();
    throw new SyncError('http-client', `The feed answered ${response.status} for the ${what}.`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new SyncError('http-server', `The feed answered ${response.status} for the ${what}.`);
  }
  return { status: response.status, bytes: await readBounded(response, maxBytes, what), ...validators };
}

/** Parses JSON bytes or throws an `invalid-json` SyncError. */
export function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SyncError('invalid-json', `The ${what} is not valid JSON.`);
  }
}
