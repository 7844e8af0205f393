/** Comparisons of a day (`YYYY-MM-DD`) with the partial ISO dates the dataset writes (`2026`, `2026-07`, `2026-07-24`). */

/** True when the partial date `partial` begins on or before `date`. */
export function isOnOrBefore(partial: string, date: string): boolean {
  return partial <= date.slice(0, partial.length);
}

/** True when `date` falls on or before the end of the partial date `partial`. */
export function isNotAfter(date: string, partial: string): boolean {
  return date.slice(0, partial.length) <= partial;
}
