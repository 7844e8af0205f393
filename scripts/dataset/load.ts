/** Reads the curated dataset files and validates each against the schema, collecting every error. */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { parse } from 'yaml';
import { EntityFile, SourceRegistry, type Source } from '../../src/shared/dataset/schema.ts';

/** One problem in one file, at one field path. */
export interface DatasetError {
  file: string;
  field: string;
  message: string;
}

/** A validated entity file and where it came from. */
export interface LoadedEntity {
  file: string;
  entity: EntityFile;
}

/** Everything read from a dataset folder, valid or not. */
export interface LoadedDataset {
  version: number;
  sources: Record<string, Source>;
  entities: LoadedEntity[];
  errors: DatasetError[];
}

/** Turns valibot issues into file/field errors. */
export function describeIssues(file: string, issues: readonly v.BaseIssue<unknown>[]): DatasetError[] {
  return issues.map((issue) => ({
    file,
    field: issue.path?.map((item) => String(item.key)).join('.') || '(root)',
    message: issue.message,
  }));
}

async function readYaml(path: string, root: string, errors: DatasetError[]): Promise<unknown> {
  try {
    return parse(await readFile(path, 'utf8'));
  } catch (error) {
    errors.push({
      file: relative(root, path),
      field: '(file)',
      message: (error as Error).message.split('\n')[0] ?? '',
    });
    return undefined;
  }
}

/** Loads `meta.yaml`, `sources.yaml` and every `entities/<kind>/*.yaml` under `root`. */
export async function loadDataset(root: string): Promise<LoadedDataset> {
  const errors: DatasetError[] = [];
  const meta = await readYaml(join(root, 'meta.yaml'), root, errors);
  const version = v.safeParse(v.object({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) }), meta);
  if (!version.success) errors.push(...describeIssues('meta.yaml', version.issues));

  const registry = v.safeParse(SourceRegistry, await readYaml(join(root, 'sources.yaml'), root, errors));
  if (!registry.success) errors.push(...describeIssues('sources.yaml', registry.issues));

  const entities: LoadedEntity[] = [];
  const kinds = await readdir(join(root, 'entities'), { withFileTypes: true });
  for (const kind of kinds.filter((dirent) => dirent.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = (await readdir(join(root, 'entities', kind.name))).filter((name) => name.endsWith('.yaml')).sort();
    for (const name of files) {
      const path = join(root, 'entities', kind.name, name);
      const file = relative(root, path);
      const parsed = v.safeParse(EntityFile, await readYaml(path, root, errors));
      if (!parsed.success) {
        errors.push(...describeIssues(file, parsed.issues));
        continue;
      }
      const entity = parsed.output;
      if (`${entity.id}.yaml` !== name)
        errors.push({ file, field: 'id', message: `id "${entity.id}" must equal the file name` });
      if (entity.kind !== kind.name)
        errors.push({ file, field: 'kind', message: `kind "${entity.kind}" must match the folder "${kind.name}"` });
      entities.push({ file, entity });
    }
  }
  return {
    version: version.success ? version.output.version : 0,
    sources: registry.success ? registry.output : {},
    entities,
    errors,
  };
}
