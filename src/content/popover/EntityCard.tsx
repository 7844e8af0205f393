/**
 * The popover's content: who or what an entity is, its role or status on the article's day and today,
 * related entities and sources.
 */
import type { ComponentChild } from 'preact';
import { cardSources } from '../../shared/dataset/card-sources.ts';
import {
  changesBetween,
  formatDate,
  rolesAsOf,
  type DatedChange,
  type DatedRole,
} from '../../shared/dataset/describe.ts';
import type { EntityView } from '../../shared/messaging/protocol.ts';

const KIND_LABEL = {
  person: 'Person',
  organization: 'Organization',
  commodity: 'Commodity',
  measure: 'Trade measure',
} as const;

/** Props: the entity to show, today's date and the article's (`YYYY-MM-DD`; undefined when unknown), and a keyboard hint. */
export interface EntityCardProps {
  view: EntityView;
  today: string;
  articleDay?: string | undefined;
  /** Shown at the card's foot when the keyboard opened it: how to move into the card. */
  hint?: string | undefined;
}

/** How many related entities a card lists before the rest fold away under "N more". */
const RELATED_SHOWN = 6;
/** How many changes since the article a card lists before the older ones fold away. */
const CHANGES_SHOWN = 2;

function RelatedList({ items }: { items: EntityView['related'] }) {
  return (
    <ul class="related">
      {items.map((r) => (
        <li key={r.id}>
          <span class="relation">{r.relation}</span> {r.name}
        </li>
      ))}
    </ul>
  );
}

function ChangeList({ items }: { items: DatedChange[] }) {
  return (
    <ul class="changes">
      {items.map((c) => (
        <li key={`${c.date}${c.text}`}>
          <span class="when">{formatDate(c.date)}</span> {c.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * A titled list whose first `shown` items are listed and the rest fold under a closed disclosure,
 * so that a long list neither drops items nor pushes the rest of the card out of view.
 */
function FoldingSection<T>(props: {
  title: string;
  items: T[];
  shown: number;
  list: (items: T[]) => ComponentChild;
  more: (count: number) => string;
}) {
  const { title, items, shown, list, more } = props;
  if (items.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      {list(items.slice(0, shown))}
      {items.length > shown && (
        <details>
          <summary>{more(items.length - shown)}</summary>
          {list(items.slice(shown))}
        </details>
      )}
    </section>
  );
}

const relatedList = (items: EntityView['related']) => <RelatedList items={items} />;
const changeList = (items: DatedChange[]) => <ChangeList items={items} />;
const moreRelated = (count: number) => `${String(count)} more`;
const earlierChanges = (count: number) => (count === 1 ? '1 earlier change' : `${String(count)} earlier changes`);

function RoleLines({ roles }: { roles: DatedRole[] }) {
  const [first] = roles;
  if (roles.length === 1 && first) return <p class="role">{first.text}</p>;
  return (
    <dl class="roles">
      {roles.map((r) => (
        <div key={r.when}>
          <dt>{r.when === 'article' ? `In this article (${formatDate(r.date)})` : 'Today'}</dt>
          <dd class="role">{r.text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Renders one entity. */
export function EntityCard({ view, today, articleDay, hint }: EntityCardProps) {
  const { entity, related } = view;
  const roles = rolesAsOf(entity, today, articleDay);
  const sources = cardSources(entity, roles);
  const [then, now] = roles;
  const changes = then?.when === 'article' && now ? changesBetween(entity, then.date, now.date) : [];
  return (
    <article class="card" data-kind={entity.kind} aria-label={entity.name} tabIndex={-1}>
      <header>
        <span class="kind">{KIND_LABEL[entity.kind]}</span>
        <h2>{entity.name}</h2>
        <RoleLines roles={roles} />
      </header>
      <FoldingSection
        title="Since this article"
        items={changes}
        shown={CHANGES_SHOWN}
        list={changeList}
        more={earlierChanges}
      />
      <p class="summary">{entity.summary}</p>
      <FoldingSection title="Related" items={related} shown={RELATED_SHOWN} list={relatedList} more={moreRelated} />
      <section>
        <h3>Sources</h3>
        <ul class="sources">
          {sources.map((s) => (
            <li key={`${s.outlet}${s.title}`}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                <span>{s.title}</span>
              )}{' '}
              <span class="outlet">
                {s.outlet}, {formatDate(s.date)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {hint && <p class="hint">{hint}</p>}
    </article>
  );
}
