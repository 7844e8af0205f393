/**
 * The clippings, newest first, each with its source and a delete button; a page of them at a time,
 * so that a popup holding tens of thousands opens as fast as one holding ten.
 */
import type { Clipping } from '../../shared/messaging/protocol.ts';

/** Clippings listed at first, and added by each "Show more". */
export const CLIPPINGS_PER_PAGE = 100;

/** Props: the clippings shown (null while loading), how many of them to list, whether a search hides others, entity names, and the actions. */
export interface ClippingListProps {
  clippings: readonly Clipping[] | null;
  listed: number;
  filtered: boolean;
  names: ReadonlyMap<string, string>;
  onDelete: (id: string) => Promise<void>;
  onMore: () => void;
}

/** The most entity names a clipping lists before "and N more". */
const NAMES_SHOWN = 4;

function entityLine(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  const known = ids.map((id) => names.get(id)).filter((name) => name !== undefined);
  if (known.length === 0) return ids.length === 1 ? '1 entity' : `${String(ids.length)} entities`;
  const more = ids.length - Math.min(known.length, NAMES_SHOWN);
  return known.slice(0, NAMES_SHOWN).join(', ') + (more > 0 ? ` and ${String(more)} more` : '');
}

/** The list. */
export function ClippingList({ clippings, listed, filtered, names, onDelete, onMore }: ClippingListProps) {
  if (clippings === null) return null;
  if (clippings.length === 0)
    return (
      <p class="status">
        {filtered ? 'No clipping matches the search.' : 'No clippings yet. Select text on a page and save it.'}
      </p>
    );
  const rest = clippings.length - listed;
  return (
    <>
      <ul class="clippings" aria-label="Clippings">
        {clippings.slice(0, listed).map((clip) => (
          <li key={clip.id} data-testid="clipping">
            <blockquote>{clip.quote}</blockquote>
            <div class="meta">
              <a href={clip.url} target="_blank" rel="noopener noreferrer">
                {clip.title || clip.url}
              </a>{' '}
              · {new Date(clip.createdAt).toLocaleString()}
              {clip.entityIds.length > 0 && <span class="entities"> · {entityLine(clip.entityIds, names)}</span>}
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
      {rest > 0 && (
        <button type="button" class="more" data-testid="show-more" onClick={onMore}>
          Show {Math.min(rest, CLIPPINGS_PER_PAGE).toLocaleString()} more ({rest.toLocaleString()} not listed)
        </button>
      )}
    </>
  );
}
