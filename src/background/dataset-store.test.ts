import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { commerce, lutnick, snapshotOf } from '../../test/fakes/entities.ts';
import { ensureBundledDataset } from './bundled-dataset.ts';
import { installSnapshot, readAllEntities, readDatasetInfo } from './dataset-store.ts';
import { openLodestoneDb } from './db.ts';

let n = 0;
const freshDb = () => openLodestoneDb(`test-dataset-${++n}`);

describe('dataset store', () => {
  it('installs the bundled snapshot on first run and keeps a newer active dataset', async () => {
    const db = await freshDb();
    expect(await readDatasetInfo(db)).toBeNull();
    expect(await ensureBundledDataset(db, () => Promise.resolve(snapshotOf(2)))).toMatchObject({
      version: 2,
      entityCount: 2,
      origin: 'bundled',
    });
    expect((await readAllEntities(db)).map((e) => e.id).sort()).toEqual([lutnick.id, commerce.id].sort());
    await installSnapshot(db, snapshotOf(5, [lutnick]), 'bundled');
    expect(await ensureBundledDataset(db, () => Promise.resolve(snapshotOf(3)))).toMatchObject({
      version: 5,
      entityCount: 1,
    });
  });

  it('reads only the bundled version when the active dataset is at least as new', async () => {
    const db = await freshDb();
    let loads = 0;
    const load = () => ((loads += 1), Promise.resolve(snapshotOf(3)));
    const infoOf = (version: number) => () => Promise.resolve({ version, createdAt: snapshotOf(version).createdAt });
    // First run: nothing is active, so the snapshot is read whatever the small file says.
    expect(await ensureBundledDataset(db, load, infoOf(3))).toMatchObject({ version: 3 });
    expect(loads).toBe(1);
    expect(await ensureBundledDataset(db, load, infoOf(3))).toMatchObject({ version: 3 });
    expect(loads).toBe(1);
    // A newer bundled version (an extension update) is read and installed; a missing file means reading it.
    const newer = () => ((loads += 1), Promise.resolve(snapshotOf(4)));
    expect(await ensureBundledDataset(db, newer, infoOf(4))).toMatchObject({ version: 4 });
    expect(loads).toBe(2);
    expect(await ensureBundledDataset(db, newer, () => Promise.reject(new Error('404')))).toMatchObject({ version: 4 });
    expect(loads).toBe(3);
  });

  it('refuses an invalid bundled snapshot without touching the active dataset', async () => {
    const db = await freshDb();
    await expect(ensureBundledDataset(db, () => Promise.resolve({ format: 1, version: 1 }))).rejects.toThrow(
      /bundled dataset is invalid/,
    );
    await installSnapshot(db, snapshotOf(1), 'bundled');
    expect(await ensureBundledDataset(db, () => Promise.resolve('garbage'))).toMatchObject({ version: 1 });
  });

  it('swaps datasets atomically: a failed install leaves the old one whole', async () => {
    const db = await freshDb();
    await installSnapshot(db, snapshotOf(1), 'bundled');
    const broken = snapshotOf(2, [lutnick, { ...commerce, id: undefined as unknown as string }]);
    await expect(installSnapshot(db, broken, 'bundled')).rejects.toThrow();
    expect(await readDatasetInfo(db)).toMatchObject({ version: 1, entityCount: 2 });
    expect((await readAllEntities(db)).length).toBe(2);
  });
});
