/** Cross-file checks: unique ids, known source keys, and related/organization/authority/parent ids that name entities. */
import type { DatasetError, LoadedDataset } from './load.ts';
import type { EntityFile } from '../../src/shared/dataset/schema.ts';

/** Every source-key list in an entity, with the field path it sits at. */
function sourceRefs(entity: EntityFile): Array<[string, string[]]> {
  const refs: Array<[string, string[]]> = [['summarySources', entity.summarySources]];
  switch (entity.kind) {
    case 'person':
      entity.positions.forEach((p, i) => refs.push([`positions.${i}.sources`, p.sources]));
      break;
    case 'organization':
      refs.push(['organization.sources', entity.organization.sources]);
      break;
    case 'commodity':
      refs.push(['commodity.sources', entity.commodity.sources]);
      entity.commodity.supply?.forEach((s, i) => refs.push([`commodity.supply.${i}.sources`, s.sources]));
      break;
    case 'measure':
      refs.push(['measure.sources', entity.measure.sources]);
      entity.measure.status.forEach((s, i) => refs.push([`measure.status.${i}.sources`, s.sources]));
      break;
  }
  return refs;
}

/** Every entity id an entity points at, with the field path. */
function entityRefs(entity: EntityFile): Array<[string, string]> {
  const refs: Array<[string, string]> = (entity.related ?? []).map((r, i) => [`related.${i}.id`, r.id]);
  if (entity.kind === 'person')
    entity.positions.forEach((p, i) => p.organization && refs.push([`positions.${i}.organization`, p.organization]));
  if (entity.kind === 'organization' && entity.organization.parent)
    refs.push(['organization.parent', entity.organization.parent]);
  if (entity.kind === 'measure') entity.measure.authority.forEach((id, i) => refs.push([`measure.authority.${i}`, id]));
  return refs;
}

/** Returns the reference errors of a loaded dataset. */
export function checkReferences(dataset: LoadedDataset): DatasetError[] {
  const errors: DatasetError[] = [];
  const ids = new Map<string, string>();
  for (const { file, entity } of dataset.entities) {
    const other = ids.get(entity.id);
    if (other) errors.push({ file, field: 'id', message: `id "${entity.id}" is also used by ${other}` });
    ids.set(entity.id, file);
  }
  for (const { file, entity } of dataset.entities) {
    for (const [field, keys] of sourceRefs(entity)) {
      keys.forEach((key, i) => {
        if (!entity.sources?.[key] && !dataset.sources[key])
          errors.push({ file, field: `${field}.${i}`, message: `unknown source "${key}"` });
      });
    }
    for (const [field, id] of entityRefs(entity)) {
      if (!ids.has(id)) errors.push({ file, field, message: `no entity has the id "${id}"` });
      if (id === entity.id) errors.push({ file, field, message: 'an entity cannot point at itself' });
    }
  }
  return errors;
}
