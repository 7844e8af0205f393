/** Decides whether this frame's text is ours to read: the top frame and frames of the top frame's origin. */

/** True in the top frame, and in a frame whose document has the top frame's origin (including `about:blank` ones it wrote). */
export function isFrameInScope(): boolean {
  if (window === window.top) return true;
  try {
    return window.top?.location.origin === location.origin && location.origin !== 'null';
  } catch {
    // A cross-origin top frame: an embed or an ad on someone else's page.
    return false;
  }
}
