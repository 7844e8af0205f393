/** Decides whether this frame's text is ours to read: the top frame and frames of the top frame's origin. */

/** Frames smaller than this are trackers and hidden helpers, not something a reader reads. */
const MIN_FRAME_WIDTH = 100;
const MIN_FRAME_HEIGHT = 50;

/**
 * True in the top frame, and in a frame the reader can see whose document has the top frame's
 * origin. (`about:blank` and `srcdoc` frames get no copy of the script: the manifest leaves
 * `match_about_blank` off, as most such frames are ad slots and each copy costs about a megabyte.)
 */
export function isFrameInScope(): boolean {
  if (window === window.top) return true;
  if (window.innerWidth < MIN_FRAME_WIDTH || window.innerHeight < MIN_FRAME_HEIGHT) return false;
  try {
    return window.top?.location.origin === location.origin && location.origin !== 'null';
  } catch {
    // A cross-origin top frame: an embed or an ad on someone else's page.
    return false;
  }
}
