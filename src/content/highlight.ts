/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per kind, registered as
 * `lodestone-person`, `lodestone-organization`, `lodestone-commodity` and `lodestone-measure`.
 * These names are a stable contract for tests and other tools. The page's DOM is never touched.
 */
import type { EntityKind } from '../shared/dataset/schema.ts';
import type { MentionChange } from './mentions.ts';

/** The four kinds, in the order their highlights are registered. */
export const KINDS: readonly EntityKind[] = ['person', 'organization', 'commodity', 'measure'];

/** The registry name of a kind's highlight. */
export function highlightName(kind: EntityKind): string {
  return `lodestone-${kind}`;
}

/** The page's highlights, one per kind. */
export class Highlights {
  private readonly byKind = new Map<EntityKind, Highlight>(KINDS.map((kind) => [kind, new Highlight()]));

  /** Follows a change of the page's mentions: adds the new ranges, removes the dropped ones. */
  apply(change: MentionChange): void {
    for (const record of change.removed) this.byKind.get(record.kind)?.delete(record.range);
    for (const record of change.added) this.byKind.get(record.kind)?.add(record.range);
  }

  /** Registers the highlights, so the page paints them; again after a page removed them. */
  register(): void {
    for (const [kind, highlight] of this.byKind) {
      const name = highlightName(kind);
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  /** Removes every range and every highlight of ours from the page. */
  destroy(): void {
    for (const highlight of this.byKind.values()) highlight.clear();
    for (const kind of KINDS) CSS.highlights.delete(highlightName(kind));
  }
}
