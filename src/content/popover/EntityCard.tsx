/** The popover's content: who or what an entity is, its role today, related entities and sources. */
import { roleLine } from '../../shared/dataset/describe.ts';
import type { EntityView } from '../../shared/messaging/protocol.ts';

const KIND_LABEL = {
  person: 'Person',
  organization: 'Organization',
  commodity: 'Commodity',
  measure: 'Trade measure',
} as const;

/** Props: the entity to show and today's date (`YYYY-MM-DD`). */
export interface EntityCardProps {
  view: EntityView;
  today: string;
}

/** Renders one entity. */
export function EntityCard({ view, today }: EntityCardProps) {
  const { entity, related } = view;
  const sources = Object.values(entity.sources).slice(0, 4);
  return (
    <article class="card" data-kind={entity.kind} aria-label={entity.name}>
      <header>
        <span class="kind">{KIND_LABEL[entity.kind]}</span>
        <h2>{entity.name}</h2>
        <p class="role">{roleLine(entity, today)}</p>
      </header>
      <p class="summary">{entity.summary}</p>
      {related.length > 0 && (
        <section>
          <h3>Related</h3>
          <ul class="related">
            {related.slice(0, 6).map((r) => (
              <li key={r.id}>
                <span class="relation">{r.relation}</span> {r.name}
              </li>
            ))}
          </ul>
        </section>
      )}
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
                {s.outlet}, {s.date}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
