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

/**
 * True when every term is found in the clipping's quote, page title, address or the names of the
 * entities it mentions (`names` maps entity ids to names). No terms match everything.
 */
export function clippingMatches(
  clipping: Clipping,
  terms: readonly string[],
  names: ReadonlyMap<string, string>,
): boolean {
  if (terms.length === 0) return true;
  const haystack = foldForSearch(
    [clipping.quote, clipping.title, clipping.url, ...clipping.entityIds.map((id) => names.get(id) ?? '')].join('\n'),
  );
  return terms.every((term) => haystack.includes(term));
}
