import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReferences } from './check-refs.ts';
import { findAliasCollisions } from './collisions.ts';
import { loadDataset } from './load.ts';

/** Writes a small dataset folder from path → YAML text. */
async function datasetWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'lodestone-dataset-'));
  const all = {
    'meta.yaml': 'version: 3\n',
    'sources.yaml': 'shared:\n  outlet: Outlet\n  title: Title\n  date: 2025-06-10\n',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  await mkdir(join(root, 'entities'), { recursive: true });
  return root;
}

const ORG = `id: us-department-of-commerce
kind: organization
name: US Department of Commerce
aliases: [Commerce Department]
summary: A US executive department.
summarySources: [shared]
organization: { type: ministry, country: US, sources: [shared] }
`;

describe('dataset loading', () => {
  it('loads valid files and reads a bare year as a date', async () => {
    const root = await datasetWith({
      'entities/organization/us-department-of-commerce.yaml': ORG,
      'entities/person/jane-doe.yaml': `id: jane-doe
kind: person
name: Jane Doe
aliases: [Jane Doe]
summary: An official.
summarySources: [own]
positions:
  - { title: Secretary, organization: us-department-of-commerce, from: 2017, sources: [own] }
sources:
  own: { outlet: Outlet, title: Profile, url: https://example.org/jane, date: 2025-01 }
`,
    });
    const dataset = await loadDataset(root);
    expect(dataset.errors).toEqual([]);
    expect(checkReferences(dataset)).toEqual([]);
    expect(dataset.version).toBe(3);
    const jane = dataset.entities.find((e) => e.entity.id === 'jane-doe')?.entity;
    expect(jane?.kind === 'person' && jane.positions[0]?.from).toBe('2017');
  });

  it('names the file and field of every schema error', async () => {
    const root = await datasetWith({
      'entities/person/bad-person.yaml': `id: bad-person
kind: person
name: Bad Person
aliases: []
summary: ''
summarySources: [shared]
positions:
  - { title: Minister, from: 2025-13-01, sources: [shared] }
`,
      'entities/person/wrong-name.yaml': ORG.replace('kind: organization', 'kind: person'),
      'entities/commodity/broken.yaml': 'id: [unclosed\n',
      'entities/measure/ends-early.yaml': `id: ends-early
kind: measure
name: A suspension that ends before it starts
aliases: [ends early]
summary: A measure.
summarySources: [shared]
measure:
  type: tariff
  authority: [us-department-of-commerce]
  status:
    - { status: suspended, date: 2025-11-10, until: 2025-10, sources: [shared] }
  sources: [shared]
`,
    });
    const messages = (await loadDataset(root)).errors.map((e) => `${e.file}: ${e.field}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'entities/person/bad-person.yaml: aliases',
        'entities/person/bad-person.yaml: summary',
        'entities/person/bad-person.yaml: positions.0.from',
        'entities/measure/ends-early.yaml: measure.status.0.until',
        'entities/commodity/broken.yaml: (file)',
      ]),
    );
    expect(messages.some((m) => m.startsWith('entities/person/wrong-name.yaml'))).toBe(true);
  });

  it('reports unknown sources, dangling ids and an id that is not the file name', async () => {
    const root = await datasetWith({
      'entities/organization/other-name.yaml': ORG.replace(
        'summarySources: [shared]',
        'summarySources: [missing]',
      ).replace(
        'aliases: [Commerce Department]',
        'aliases: [Commerce Department]\nrelated: [{ id: nobody, relation: part of }]',
      ),
    });
    const dataset = await loadDataset(root);
    expect(dataset.errors.map((e) => e.field)).toEqual(['id']);
    expect(checkReferences(dataset).map((e) => `${e.field}: ${e.message}`)).toEqual([
      'summarySources.0: unknown source "missing"',
      'related.0.id: no entity has the id "nobody"',
    ]);
  });

  it('finds alias collisions between entities unless context or accents hold them apart', async () => {
    const person = (id: string, alias: string): string => `id: ${id}
kind: person
name: ${id}
aliases: [${alias}]
summary: Someone.
summarySources: [shared]
positions: [{ title: Minister, from: 2025, sources: [shared] }]
`;
    const root = await datasetWith({
      'entities/person/a-one.yaml': person('a-one', 'Li Wei'),
      'entities/person/b-two.yaml': person('b-two', 'LI WEI'),
      'entities/person/c-three.yaml': person('c-three', '{ text: London, context: [talks] }'),
      'entities/person/d-four.yaml': person('d-four', '{ text: London, context: [framework] }'),
      'entities/person/e-five.yaml': person('e-five', 'li wei'),
      'entities/person/f-six.yaml': person('f-six', '{ text: Pará, diacritics: exact }'),
      'entities/person/g-seven.yaml': person('g-seven', '{ text: Parà, diacritics: exact }'),
      'entities/person/h-eight.yaml': person('h-eight', 'Para'),
    });
    const errors = findAliasCollisions((await loadDataset(root)).entities);
    expect(errors.map((e) => `${e.file}: ${e.field}`)).toEqual([
      'entities/person/b-two.yaml: aliases.0',
      'entities/person/e-five.yaml: aliases.0',
      'entities/person/e-five.yaml: aliases.0',
      // "Para" folds its accents: it could fire where either exact alias does.
      'entities/person/h-eight.yaml: aliases.0',
      'entities/person/h-eight.yaml: aliases.0',
    ]);
  });
});
