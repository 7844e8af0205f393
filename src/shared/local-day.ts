/** A moment's day in the reader's time zone, as `YYYY-MM-DD`: "today" for the popover, dates a page writes in words, and the days an export names. */

/** The day of `date` (now by default) in the reader's time zone. */
export function localDay(date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
