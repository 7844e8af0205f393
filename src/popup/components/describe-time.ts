/** Short human times for the popup: "never", "just now", "5 min ago", "in 3 min", or a date. */

/** Describes an ISO time relative to `now`. */
export function describeTime(iso: string | null, now = Date.now()): string {
  if (!iso) return 'never';
  const diff = Date.parse(iso) - now;
  const minutes = Math.round(Math.abs(diff) / 60_000);
  if (minutes < 1) return diff > 0 ? 'in under a minute' : 'just now';
  if (minutes < 60) return diff > 0 ? `in ${minutes} min` : `${minutes} min ago`;
  if (minutes < 24 * 60) {
    const hours = Math.round(minutes / 60);
    return diff > 0 ? `in ${hours} h` : `${hours} h ago`;
  }
  return new Date(iso).toLocaleDateString();
}
