/**
 * `npm run dataset:build`: validates `dataset/`, checks references and alias collisions, and writes the
 * snapshot the extension bundles (`public/dataset/snapshot.json`) and the signed feed (`feed/`).
 * Exits non-zero naming the file and field of every error. Set `LODESTONE_SIGNING_KEY` and
 * `LODESTONE_SIGNING_KEY_ID` to sign with the release key; otherwise the test key signs.
 */
import { buildDataset, DEFAULT_PATHS } from './dataset/build.ts';
import { loadSigningKey } from './feed/signing-key.ts';

const key = await loadSigningKey();
const createdAt = process.env.LODESTONE_DATASET_CREATED_AT ?? new Date().toISOString();
const outcome = await buildDataset({ ...DEFAULT_PATHS, key, createdAt });
if (!outcome.ok) {
  for (const e of outcome.errors) console.error(`dataset/${e.file}: ${e.field}: ${e.message}`);
  console.error(`dataset:build: ${outcome.errors.length} error(s); nothing written`);
  process.exit(1);
}
const { snapshot, manifest } = outcome;
console.log(
  `dataset:build: version ${snapshot.version}, ${snapshot.entities.length} entities, ${manifest.size} bytes, sha256 ${manifest.sha256.slice(0, 12)}…, signed by ${key.keyId}${key.isTestKey ? ' (test key)' : ''}`,
);
