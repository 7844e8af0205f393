/** Checks sync settings from the options page before they are stored. */
import type { SyncSettings } from './sync-types.ts';

/** The shortest and longest periods between scheduled syncs, in minutes. */
export const INTERVAL_BOUNDS = { min: 15, max: 7 * 24 * 60 };

/** True for loopback hosts, where plain http is acceptable (development feeds). */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Returns clean settings, or throws a readable error: the feed must be https (http only on loopback). */
export function validateSyncSettings(input: unknown): SyncSettings {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (typeof raw.feedUrl !== 'string') throw new TypeError('The feed address is missing.');
  let url: URL;
  try {
    url = new URL(raw.feedUrl.trim());
  } catch {
    throw new TypeError('The feed address is not a valid URL.');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new TypeError('The feed address must use https (plain http only for 127.0.0.1 or localhost).');
  }
  const minutes = Number(raw.intervalMinutes);
  if (!Number.isInteger(minutes) || minutes < INTERVAL_BOUNDS.min || minutes > INTERVAL_BOUNDS.max) {
    throw new TypeError(
      `The sync interval must be a whole number of minutes from ${INTERVAL_BOUNDS.min} to ${INTERVAL_BOUNDS.max}.`,
    );
  }
  return { feedUrl: url.href, intervalMinutes: minutes };
}
