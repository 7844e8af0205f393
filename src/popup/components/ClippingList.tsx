/** The clippings, newest first, each with its source and a delete button. */
import type { Clipping } from '../../shared/messaging/protocol.ts';

/** Props: the clippings (null while loading) and the delete action. */
export interface ClippingListProps {
  clippings: Clipping[] | null;
  onDelete: (id: string) => Promise<void>;
}

/** The list. */
export function ClippingList({ clippings, onDelete }: ClippingListProps) {
  if (clippings === null) return null;
  if (clippings.length === 0) return <p class="status">No clippings yet. Select text on a page and save it.</p>;
  return (
    <ul class="clippings" aria-label="Clippings">
      {clippings.map((clip) => (
        <li key={clip.id} data-testid="clipping">
          <blockquote>{clip.quote}</blockquote>
          <div class="meta">
            <a href={clip.url} target="_blank" rel="noopener noreferrer">
              {clip.title || clip.url}
            </a>{' '}
            · {new Date(clip.createdAt).toLocaleString()}
            {clip.entityIds.length > 0 && ` · ${clip.entityIds.length} entities`}
          </div>
          <button
            type="button"
            onClick={() => void onDelete(clip.id)}
            aria-label={`Delete clipping: ${clip.quote.slice(0, 40)}`}
          >
            Delete
          </button>
        </li>
      ))}
    </ul>
  );
}
