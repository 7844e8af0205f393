/** Captures the reader's selection for a clipping: the quote, the page, and the entities mentioned in it. */
import type { SelectionCapture } from '../shared/messaging/protocol.ts';
import { toLiveRange } from './hit-test.ts';
import type { MentionIndex } from './mentions.ts';

/** True when the two ranges share at least one character. */
function overlaps(range: Range, mention: Range): boolean {
  return (
    range.compareBoundaryPoints(Range.END_TO_START, mention) < 0 &&
    range.compareBoundaryPoints(Range.START_TO_END, mention) > 0
  );
}

/** The current selection as a capture, or null when nothing is selected. */
export function captureSelection(index: MentionIndex): SelectionCapture | null {
  const selection = document.getSelection();
  const quote = selection?.toString().trim() ?? '';
  if (!selection || selection.rangeCount === 0 || quote === '') return null;
  const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
  const entityIds = new Set<string>();
  for (const record of index.all()) {
    const mention = toLiveRange(record.range);
    if (ranges.some((range) => overlaps(range, mention))) entityIds.add(record.entityId);
  }
  return { quote, url: location.href, title: document.title, entityIds: [...entityIds] };
}
