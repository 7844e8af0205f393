/** Plain-language lines about an entity as of a date: what a popover says under the name. */
import { isNotAfter, isOnOrBefore } from './partial-date.ts';
import type { Entity, Position, StatusStep } from './schema.ts';

const DAY = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A partial ISO date as a reader writes it: `2025-06-10` as "Jun 10, 2025", `2025-06` as
 * "Jun 2025", `2025` as it is; anything else unchanged.
 */
export function formatDate(partial: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(partial)) return partial;
  if (partial.length === 4) return partial;
  const date = new Date(`${partial.length === 7 ? `${partial}-01` : partial}T00:00:00Z`);
  if (!Number.isFinite(date.getTime())) return partial;
  return (partial.length === 7 ? MONTH : DAY).format(date);
}

/** The positions a person held on `date`. */
export function positionsOn(positions: readonly Position[], date: string): Position[] {
  return positions.filter((p) => isOnOrBefore(p.from, date) && (p.to === undefined || isNotAfter(date, p.to)));
}

/** A measure's latest status step on or before `date`, or undefined before its first step. */
export function statusOn(steps: readonly StatusStep[], date: string): StatusStep | undefined {
  return [...steps]
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((s) => isOnOrBefore(s.date, date))
    .at(-1);
}

const STATUS_WORDS: Record<StatusStep['status'], string> = {
  proposed: 'proposed',
  announced: 'announced',
  'in-force': 'in force',
  amended: 'amended',
  suspended: 'suspended',
  extended: 'extended',
  lifted: 'lifted',
  expired: 'expired',
  'struck-down': 'struck down',
};

/** Words for a status. */
export function statusWords(status: StatusStep['status']): string {
  return STATUS_WORDS[status];
}

/**
 * The positions a role line names on `date`: those held then; else the last one left; else the first
 * one to come.
 */
export function positionsNamed(
  positions: readonly Position[],
  date: string,
): { when: 'held' | 'former' | 'next'; positions: Position[] } {
  const held = positionsOn(positions, date);
  if (held.length > 0) return { when: 'held', positions: held };
  const past = [...positions]
    .sort((a, b) => (a.to ?? a.from).localeCompare(b.to ?? b.from))
    .filter((p) => isOnOrBefore(p.from, date))
    .at(-1);
  if (past) return { when: 'former', positions: [past] };
  const next = [...positions].sort((a, b) => a.from.localeCompare(b.from))[0];
  return { when: 'next', positions: next ? [next] : [] };
}

/** One line: the role or status on `date`, or what the entity is. */
export function roleLine(entity: Entity, date: string): string {
  switch (entity.kind) {
    case 'person': {
      const named = positionsNamed(entity.positions, date);
      const [first] = named.positions;
      if (!first) return '';
      if (named.when === 'held') return named.positions.map((p) => p.title).join('; ');
      return named.when === 'former'
        ? `Former ${first.title}`
        : `Not yet ${first.title} (from ${formatDate(first.from)})`;
    }
    case 'organization':
      return `${entity.organization.type.replace('-', ' ')}, ${entity.organization.country}`;
    case 'commodity':
      return entity.commodity.what;
    case 'measure': {
      const step = statusOn(entity.measure.status, date);
      if (!step) return `not yet in effect (${entity.measure.type.replace('-', ' ')})`;
      const words = statusWords(step.status);
      if (step.until === undefined) return `${words} since ${formatDate(step.date)}`;
      // A term that ran out with no later step: say so rather than claim the step still holds.
      if (!isNotAfter(date, step.until)) return `${words} until ${formatDate(step.until)}; outcome not yet recorded`;
      return `${words} since ${formatDate(step.date)}, until ${formatDate(step.until)}`;
    }
  }
}

/** One role line of a popover and the day it holds for. */
export interface DatedRole {
  /** `article` for the day the article was published, `today` for now, `both` when they agree. */
  when: 'article' | 'today' | 'both';
  /** The day (`YYYY-MM-DD`) the line holds for; for `both`, today. */
  date: string;
  text: string;
}

/**
 * The role or status of an entity on the article's day and today: one line when they agree or the
 * article's day is unknown, else two, the article's first.
 */
export function rolesAsOf(entity: Entity, today: string, articleDay?: string): DatedRole[] {
  const now = roleLine(entity, today);
  if (articleDay === undefined || articleDay >= today) return [{ when: 'both', date: today, text: now }];
  const then = roleLine(entity, articleDay);
  if (then === now) return [{ when: 'both', date: today, text: now }];
  return [
    { when: 'article', date: articleDay, text: then },
    { when: 'today', date: today, text: now },
  ];
}

/** One thing that changed on a day: a measure's new status, or a person's post taken or left. */
export interface DatedChange {
  /** The partial ISO date it happened. */
  date: string;
  text: string;
}

/**
 * What changed after the day `from` up to the day `to`, newest first: a measure's status steps
 * (with their notes, which say what happened), a person's posts taken and left. It is what a reader
 * of an old article needs to know between its day's line and today's.
 */
export function changesBetween(entity: Entity, from: string, to: string): DatedChange[] {
  const after = (partial: string): boolean => !isOnOrBefore(partial, from) && isOnOrBefore(partial, to);
  const changes: DatedChange[] = [];
  if (entity.kind === 'measure') {
    for (const step of entity.measure.status) {
      if (!after(step.date)) continue;
      const words = statusWords(step.status) + (step.until === undefined ? '' : ` until ${formatDate(step.until)}`);
      changes.push({ date: step.date, text: step.note === undefined ? words : `${words}: ${step.note}` });
    }
  } else if (entity.kind === 'person') {
    for (const position of entity.positions) {
      if (after(position.from)) changes.push({ date: position.from, text: `new post: ${position.title}` });
      const end = position.to;
      if (end !== undefined && isNotAfter(from, end) && !isNotAfter(to, end))
        changes.push({ date: end, text: `left post: ${position.title}` });
    }
  }
  return changes.sort((a, b) => b.date.localeCompare(a.date));
}
