/**
 * A static server on 127.0.0.1 like `serveFolder`, whose pages may run no script of their own (a
 * `script-src 'none'` CSP header). Extension content scripts are not subject to a page's CSP, so on
 * these pages any change to the DOM can only be the extension's.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { StaticServer } from '../../../scripts/dev/static-server.ts';

/** Serves `root` on a free port of 127.0.0.1 with page scripts off. */
export async function serveScriptFree(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = join(root, normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    stat(file)
      .then((info) => {
        if (!info.isFile()) throw new Error('not a file');
        response.writeHead(200, {
          'content-type': extname(file) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream',
          'content-length': info.size,
          'content-security-policy': "script-src 'none'",
        });
        createReadStream(file).pipe(response);
      })
      .catch(() => response.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
