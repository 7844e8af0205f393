/**
 * A feed server on 127.0.0.1: serves a feed folder (manifest and snapshots) with strong ETags and
 * Last-Modified, answering conditional GETs with 304. Tests pass `intercept` to inject faults.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

/** A running feed server. */
export interface FeedServer {
  origin: string;
  /** The manifest's address. */
  manifestUrl: string;
  /** Requests served, by path, for assertions. */
  requests: Array<{ path: string; status: number }>;
  close: () => Promise<void>;
}

/** A hook that may answer a request itself (returning true) instead of the file server. */
export type Intercept = (
  path: string,
  request: IncomingMessage,
  response: ServerResponse,
) => boolean | Promise<boolean>;

/** Serves `root` under `/`; `port` 0 picks a free one. */
export async function serveFeed(
  root: string,
  options: { port?: number; intercept?: Intercept } = {},
): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    response.on('finish', () => requests.push({ path, status: response.statusCode }));
    void (async () => {
      if (options.intercept && (await options.intercept(path, request, response))) return;
      const file = join(root, path);
      if (!file.startsWith(root) || request.method !== 'GET') return void response.writeHead(404).end();
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return void response.writeHead(404).end('not found');
      const bytes = await readFile(file);
      const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;
      const lastModified = info.mtime.toUTCString();
      if (request.headers['if-none-match'] === etag)
        return void response.writeHead(304, { etag, 'last-modified': lastModified }).end();
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': bytes.byteLength,
        etag,
        'last-modified': lastModified,
      });
      response.end(bytes);
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    manifestUrl: `${origin}/manifest.json`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
