/** One line about the active dataset: version, date and size. */
import type { DatasetInfo } from '../../shared/messaging/protocol.ts';

/** Shows the dataset line, or a placeholder while it loads. */
export function DatasetStatus({ info }: { info: DatasetInfo | null }) {
  if (!info) return <p class="status">Loading dataset…</p>;
  return (
    <p class="status" data-testid="dataset-status">
      Dataset v{info.version} of {info.createdAt.slice(0, 10)} · {info.entityCount} entities ({info.origin})
    </p>
  );
}
