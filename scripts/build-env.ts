/** Build-time settings compiled into the extension: the default feed address and the pinned feed keys. */
import { readFileSync } from 'node:fs';
import type { PinnedKey } from '../src/shared/feed/manifest.ts';

/** The feed manifest address used until a reader sets another; development default: `npm run feed:serve`. */
export const DEFAULT_FEED_URL = 'http://127.0.0.1:8787/manifest.json';

/** The keys a build pins: release keys, plus the test key unless `release`. */
export function pinnedKeys(release: boolean): PinnedKey[] {
  const releaseKeys = JSON.parse(readFileSync('keys/release-keys.json', 'utf8')) as PinnedKey[];
  if (release) {
    if (releaseKeys.length === 0) throw new Error('A release build needs a release key in keys/release-keys.json');
    return releaseKeys;
  }
  const test = JSON.parse(readFileSync('test/fixtures/test-signing-key.json', 'utf8')) as PinnedKey;
  return [...releaseKeys, { keyId: test.keyId, publicKey: test.publicKey }];
}

/** The `define` entries for vite. */
export function buildDefines(env: NodeJS.ProcessEnv): Record<string, string> {
  return {
    __LODESTONE_FEED_URL__: JSON.stringify(env.LODESTONE_FEED_URL ?? DEFAULT_FEED_URL),
    __LODESTONE_PINNED_KEYS__: JSON.stringify(pinnedKeys(env.LODESTONE_RELEASE === '1')),
  };
}
