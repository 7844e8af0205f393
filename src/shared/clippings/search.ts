/** Searching clippings in the popup: every word of the query, in any order, in a clipping's text. */
import type { Clipping } from '../messaging/protocol.ts';

const MARKS = /\p{M}/gu;
const SPACES = /\s+/u;

/** Lowercased, accents and curly quotes folded: what a search compares, so "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

/** The words of a query, folded; none for a blank query. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(SPACES)
    .filter((term) => term.length > 0);
}

/** The text a search looks in: the quote, page title, address and the names of the entities mentioned. */
function searchableText(clipping: Clipping, names: ReadonlyMap<string, string>): string {
  return [clipping.quote, clipping.title, clipping.url, ...clipping.entityIds.map((id) => names.get(id) ?? '')].join(
    '\n',
  );
}

/**
 * Searches one list of clippings. Each clipping's text is folded once, on the first search, so a
 * keystroke only compares strings, and a list that is never searched costs nothing.
 */
export class ClippingSearch {
  private folded: string[] | null = null;

  /** `names` maps entity ids to names; ids it lacks are not searched by name. */
  constructor(
    private readonly clippings: readonly Clipping[],
    private readonly names: ReadonlyMap<string, string>,
  ) {}

  /** The clippings in whose text every term is found, in list order; all of them for no terms. */
  filter(terms: readonly string[]): readonly Clipping[] {
    if (terms.length === 0) return this.clippings;
    const folded = (this.folded ??= this.clippings.map((clip) => foldForSearch(searchableText(clip, this.names))));
    return this.clippings.filter((_, at) => terms.every((term) => (folded[at] as string).includes(term)));
  }
}
