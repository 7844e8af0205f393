/** A sync failure with a code the status keeps and a sentence a reader can be shown. */
import type { SyncErrorCode } from './sync-types.ts';

/** Thrown inside the sync; caught and recorded by the run. */
export class SyncError extends Error {
  override name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Turns anything thrown during a sync into a SyncError. */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'TimeoutError') return new SyncError('timeout', 'The feed did not answer in time.');
  if (name === 'QuotaExceededError')
    return new SyncError('quota', 'The browser has no storage space left for the new dataset.');
  if (name === 'AbortError') return new SyncError('interrupted', 'The sync was interrupted.');
  if (error instanceof TypeError) return new SyncError('network', `The feed could not be reached (${message}).`);
  return new SyncError('network', message || 'The sync failed.');
}
