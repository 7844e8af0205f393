/** Errors cross contexts as values: every call resolves to a `Result`, never a thrown `Error`. */

/** What went wrong, in a form that survives structured cloning. */
export interface CallError {
  /** A stable code callers can branch on. */
  code: 'bad-request' | 'forbidden' | 'not-found' | 'unavailable' | 'internal' | 'quota';
  /** A sentence a reader could be shown. */
  message: string;
}

/** The outcome of a call: a value or an error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failure. */
export function fail<T = never>(code: CallError['code'], message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Turns anything thrown into a failure value, naming quota errors as such. */
export function failFromThrown<T = never>(thrown: unknown): Result<T> {
  const name = thrown instanceof Error || thrown instanceof DOMException ? thrown.name : '';
  const message = thrown instanceof Error || thrown instanceof DOMException ? thrown.message : String(thrown);
  if (name === 'QuotaExceededError') return fail('quota', 'The browser has no storage space left for Lodestone.');
  return fail('internal', message || 'Unexpected error');
}
