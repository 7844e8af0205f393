/**
 * `npm run feed:serve`: serves the built feed (`feed/`, written by `npm run dataset:build`) on
 * http://127.0.0.1:8787/manifest.json, the extension's default feed address in development builds.
 * Options: --port N, --dir FOLDER.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveFeed } from './dev/feed-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8787' }, dir: { type: 'string', default: 'feed' } },
});
const root = resolve(values.dir);
if (!existsSync(resolve(root, 'manifest.json'))) {
  console.error(`No feed in ${values.dir}/: run \`npm run dataset:build\` first.`);
  process.exit(1);
}
const server = await serveFeed(root, { port: Number(values.port) });
console.log(`Serving the feed from ${values.dir}/ at ${server.manifestUrl} (Ctrl+C to stop)`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
