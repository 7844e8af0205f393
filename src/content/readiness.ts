/**
 * The content script's one signal to the page's world: an event on the document each time a full
 * pass over the page is done (first load, SPA navigation, new dataset). Nothing is added to the
 * DOM; tests and tools wait on it instead of sleeping.
 */

/** The name of the event fired on the document after each full pass. */
export const SCANNED_EVENT = 'lodestone:scanned';

/** Fires the event on the document. */
export function announceScanned(doc: Document): void {
  doc.dispatchEvent(new Event(SCANNED_EVENT));
}
