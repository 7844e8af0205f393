/**
 * Alias collisions: two entities claiming the same words where both could fire. Two aliases with the
 * same normalized text collide when their case forms overlap and their accents may agree, unless
 * both are held apart by `context`.
 */
import type { EntityFile } from '../../src/shared/dataset/schema.ts';
import { compileAlias, type Pattern } from '../../src/shared/matcher/patterns.ts';
import { aliasRule } from './compile.ts';
import type { DatasetError, LoadedEntity } from './load.ts';

function formsOverlap(a: Pattern, b: Pattern): boolean {
  if (!a.forms || !b.forms) return true;
  return a.forms.some((form) => b.forms?.includes(form));
}

/** False only when both aliases need their accents as written, and those differ ("Pará" and "Parà"). */
function marksOverlap(a: Pattern, b: Pattern): boolean {
  return a.marks === undefined || b.marks === undefined || a.marks === b.marks;
}

function aliasText(alias: EntityFile['aliases'][number]): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** Returns one error per colliding pair, on the later file. */
export function findAliasCollisions(entities: readonly LoadedEntity[]): DatasetError[] {
  const byKey = new Map<string, Array<{ file: string; id: string; index: number; text: string; pattern: Pattern }>>();
  for (const { file, entity } of entities) {
    entity.aliases.forEach((alias, index) => {
      const pattern = compileAlias(aliasRule(alias), 0);
      const list = byKey.get(pattern.key) ?? [];
      list.push({ file, id: entity.id, index, text: aliasText(alias), pattern });
      byKey.set(pattern.key, list);
    });
  }
  const errors: DatasetError[] = [];
  for (const claims of byKey.values()) {
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const a = claims[i];
        const b = claims[j];
        if (!a || !b || a.id === b.id) continue;
        if (!formsOverlap(a.pattern, b.pattern) || !marksOverlap(a.pattern, b.pattern)) continue;
        if (a.pattern.context && b.pattern.context) continue;
        errors.push({
          file: b.file,
          field: `aliases.${b.index}`,
          message: `alias "${b.text}" collides with "${a.text}" of ${a.id} (${a.file}); give both a context or keep one`,
        });
      }
    }
  }
  return errors;
}
