/**
 * Compiles a dataset's aliases into a pattern table: plain data that crosses messaging and feeds
 * the matcher. Every alias rule of the dataset format is resolved here once.
 */
import type { AliasRule, Entity, EntityKind } from '../dataset/schema.ts';
import { lettersAndMarks, normalizeText } from './normalize.ts';

/** One alias, ready to match. Text fields are normalized (folded unless said otherwise). */
export interface Pattern {
  /** The alias, normalized and lowercased: the trie key. */
  key: string;
  /** Index into `PatternTable.entities`. */
  entity: number;
  /** Case-exact aliases: the normalized, cased forms that count. Absent: any case. */
  forms?: string[];
  /** Aliases with exact diacritics: the alias's `lettersAndMarks`, which the page's text must give too. Absent: accents fold. */
  marks?: string;
  short?: boolean;
  plural?: boolean;
  context?: string[];
  exclude?: string[];
}

/** Everything the matcher needs about a dataset, and nothing else. */
export interface PatternTable {
  version: number;
  entities: Array<{ id: string; kind: EntityKind }>;
  patterns: Pattern[];
}

const fold = (text: string): string => normalizeText(text).folded.trim();

/** Capitalizes the first letter of each word that starts lowercase ("Section 232 Tariffs"). */
export function titleCase(text: string): string {
  return text.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

/** The forms of normalized, cased text: as written, Title Case, and ALL CAPS when long enough. */
function formsOf(cased: string): string[] {
  const forms = new Set([cased, titleCase(cased)]);
  if ((cased.match(/\p{L}/gu) ?? []).length >= 5) forms.add(cased.toUpperCase());
  return [...forms];
}

/** The cased forms that count for an exact alias: as written, Title Case, and ALL CAPS when long enough. */
export function exactForms(text: string): string[] {
  return formsOf(normalizeText(text).cased.trim());
}

/** Resolves one alias rule's defaults into a pattern. */
export function compileAlias(rule: AliasRule, entity: number): Pattern {
  const hasCapital = /\p{Lu}/u.test(rule.text);
  const mode = rule.case ?? (hasCapital ? 'exact' : 'fold');
  const normalized = normalizeText(rule.text);
  const pattern: Pattern = { key: normalized.folded.trim(), entity };
  if (mode === 'exact') pattern.forms = formsOf(normalized.cased.trim());
  if (rule.diacritics === 'exact') pattern.marks = lettersAndMarks(rule.text);
  if (rule.short) pattern.short = true;
  if (rule.plural ?? mode === 'fold') pattern.plural = true;
  if (rule.context) pattern.context = rule.context.map(fold);
  if (rule.exclude) pattern.exclude = rule.exclude.map(fold);
  return pattern;
}

/** A pattern, plus its "-ies" plural when it ends in consonant + y ("battery" → "batteries"); -s and -es are matched directly. */
function withIrregularPlural(pattern: Pattern): Pattern[] {
  if (!pattern.plural || !/[^aeiou]y$/.test(pattern.key)) return [pattern];
  const ies = (text: string): string => text.slice(0, -1) + (text.endsWith('Y') ? 'IES' : 'ies');
  const plural: Pattern = { ...pattern, key: ies(pattern.key), plural: false };
  if (pattern.forms) plural.forms = pattern.forms.map(ies);
  if (pattern.marks !== undefined) plural.marks = pattern.marks.replace(/y\p{M}*$/u, 'ies');
  return [pattern, plural];
}

/**
 * How specific a claim on some text is, lowest first: a short form (its entity's full name is already
 * on the page), then a case-exact alias, then a folded one.
 */
function claimRank(pattern: Pattern): number {
  return pattern.short ? 0 : pattern.forms ? 1 : 2;
}

/**
 * Compiles every alias of every entity. Where two entities claim the same text and both pass their
 * rules, the matcher takes the earlier pattern, so the patterns are ordered most specific claim first
 * (`claimRank`), then in entity order: "Ford" after Doug Ford's name is the premier before the
 * carmaker, and "Critical Metals" as written is the company before the commodity.
 */
export function compilePatterns(
  entities: readonly Pick<Entity, 'id' | 'kind' | 'aliases'>[],
  version: number,
): PatternTable {
  const table: PatternTable = { version, entities: [], patterns: [] };
  entities.forEach((entity, index) => {
    table.entities.push({ id: entity.id, kind: entity.kind });
    const seen = new Set<string>();
    for (const alias of entity.aliases) {
      for (const pattern of withIrregularPlural(compileAlias(alias, index))) {
        const signature = JSON.stringify(pattern);
        if (pattern.key && !seen.has(signature)) table.patterns.push(pattern);
        seen.add(signature);
      }
    }
  });
  // Stable: among claims of one rank the entity order stands.
  table.patterns.sort((a, b) => claimRank(a) - claimRank(b));
  return table;
}
