/**
 * The dataset's schema, written once. The curated files in `dataset/`, the compiled snapshot the
 * extension ships and syncs, and every TypeScript type that describes an entity derive from here.
 */
import * as v from 'valibot';
import { isNotAfter } from './partial-date.ts';

/** A calendar date, to the day, month or year: `2025-06-10`, `2025-06` or `2025`. */
export const IsoDate = v.pipe(
  // YAML reads a bare year (`from: 2017`) as a number; it means the same as the string.
  v.union([v.string(), v.pipe(v.number(), v.integer(), v.transform(String))]),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A stable entity id: lowercase words joined by hyphens, never reused for another entity. */
export const EntityId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  v.maxLength(80),
);

/** The kinds of entity Lodestone knows. The format allows more kinds later. */
export const EntityKind = v.picklist(['person', 'organization', 'commodity', 'measure']);

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const SourceRefs = v.pipe(
  v.array(v.pipe(v.string(), v.minLength(1))),
  v.minLength(1, 'every fact needs at least one source'),
);

/** Where a fact comes from. `url` is omitted only for print or wire reports without a stable address. */
export const Source = v.strictObject({
  outlet: Text,
  title: Text,
  url: v.optional(
    v.pipe(v.string(), v.url('must be an absolute URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL')),
  ),
  date: IsoDate,
});

/** How one alias may match. A bare string in the data is an alias with the default rules. */
export const AliasRule = v.strictObject({
  /** The text as it is written in articles. Hyphens and spaces, curly and straight apostrophes match each other. */
  text: Text,
  /** `fold` ignores case; `exact` needs the case as written (Title Case and, for long aliases, ALL CAPS still match). Default: `fold` when the alias has no capital letter, else `exact`. */
  case: v.optional(v.picklist(['fold', 'exact'])),
  /** `fold` matches with or without accents ("Sefcovic" is "Šefčovič"); `exact` needs the accents as written, no more and no fewer (for an alias whose bare letters are a common word, such as "Pará"). Default: `fold`. */
  diacritics: v.optional(v.picklist(['fold', 'exact'])),
  /** A short form ("Greer") that counts only once one of the entity's full aliases has appeared earlier on the page. */
  short: v.optional(v.boolean()),
  /** Plural forms (-s, -es) also match. Default: true for `fold` aliases, false otherwise. */
  plural: v.optional(v.boolean()),
  /** At least one of these words or phrases must appear within a dozen words of the mention. */
  context: v.optional(v.pipe(v.array(Text), v.minLength(1))),
  /** Longer phrases containing the alias in which it must not fire ("potato chips" for "chips"). */
  exclude: v.optional(v.pipe(v.array(Text), v.minLength(1))),
});

/**
 * An alias with rules as written in an entity file. Beside the rules the matcher reads, it may list
 * `notAfter`: words right before which the alias does not count ("new" and the other months before
 * "export controls on rare earths" of April). The dataset build turns each into an `exclude` phrase.
 */
export const FileAliasRule = v.strictObject({
  ...AliasRule.entries,
  /** Words that stop the alias when they come right before it: each becomes the exclusion "word alias". */
  notAfter: v.optional(v.pipe(v.array(Text), v.minLength(1))),
});

/** An alias in an entity file: a bare string or a string with rules. */
export const Alias = v.union([Text, FileAliasRule]);

/** A link to another entity. */
export const Relation = v.strictObject({
  id: EntityId,
  /** Lowercase words: "leads", "part of", "issued by", "covers", "negotiated by", "counterpart of", … */
  relation: v.pipe(v.string(), v.regex(/^[a-z][a-z -]*[a-z]$/, 'must be lowercase words')),
});

/** A position a person held, from a date to a date (open-ended while held). */
export const Position = v.strictObject({
  title: Text,
  organization: v.optional(EntityId),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code or EU'))),
  from: IsoDate,
  to: v.optional(IsoDate),
  sources: SourceRefs,
});

/** Facts about an organization. */
export const OrganizationFacts = v.strictObject({
  type: v.picklist([
    'government',
    'ministry',
    'agency',
    'regulator',
    'court',
    'legislature',
    'party',
    'company',
    'industry-group',
    'international',
    'think-tank',
    'law-firm',
    'media',
  ]),
  /** ISO 3166 alpha-2, or EU / UN-style "XX" for international bodies. */
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code, EU or XX')),
  parent: v.optional(EntityId),
  sources: SourceRefs,
});

/** A dated fact with its sources. */
export const DatedFact = v.strictObject({
  fact: Text,
  date: IsoDate,
  sources: SourceRefs,
});

/** Facts about a commodity. */
export const CommodityFacts = v.strictObject({
  what: Text,
  uses: v.pipe(v.array(Text), v.minLength(1)),
  supply: v.optional(v.array(DatedFact)),
  sources: SourceRefs,
});

/** One step in a measure's life. */
export const StatusStep = v.pipe(
  v.strictObject({
    status: v.picklist([
      'proposed',
      'announced',
      'in-force',
      'amended',
      'suspended',
      'extended',
      'lifted',
      'expired',
      'struck-down',
    ]),
    date: IsoDate,
    /** The day a time-limited step is set to end: a suspension's or an extension's term, a statutory limit. */
    until: v.optional(IsoDate),
    note: v.optional(Text),
    sources: SourceRefs,
  }),
  v.forward(
    v.check(
      (step) => step.until === undefined || isNotAfter(step.date, step.until),
      "must not fall before the step's date",
    ),
    ['until'],
  ),
);

/** Facts about a measure: a tariff, an export control, a list, a law, or the talks and agreements between governments. */
export const MeasureFacts = v.strictObject({
  type: v.picklist([
    'tariff',
    'export-control',
    'import-control',
    'sanction',
    'list',
    'law',
    'regulation',
    'investigation',
    'fee',
    'agreement',
    'talks',
  ]),
  authority: v.pipe(v.array(EntityId), v.minLength(1)),
  legalBasis: v.optional(Text),
  goods: v.optional(v.array(Text)),
  /** ISO 3166 alpha-2 codes of the countries covered, or "XX" for all. */
  countries: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code')))),
  status: v.pipe(v.array(StatusStep), v.minLength(1)),
  sources: SourceRefs,
});

const EntityBase = {
  id: EntityId,
  name: Text,
  aliases: v.pipe(v.array(Alias), v.minLength(1)),
  /** One or two sentences in our own words. */
  summary: v.pipe(Text, v.maxLength(400)),
  summarySources: SourceRefs,
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q\d+$/, 'must be a Wikidata id like Q42'))),
  related: v.optional(v.array(Relation)),
  /** Sources local to this entity, by key; facts cite these keys or keys of `dataset/sources.yaml`. */
  sources: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), Source)),
};

/** One curated entity, as written in `dataset/entities/<kind>/<id>.yaml`. */
export const EntityFile = v.variant('kind', [
  v.strictObject({ ...EntityBase, kind: v.literal('person'), positions: v.pipe(v.array(Position), v.minLength(1)) }),
  v.strictObject({ ...EntityBase, kind: v.literal('organization'), organization: OrganizationFacts }),
  v.strictObject({ ...EntityBase, kind: v.literal('commodity'), commodity: CommodityFacts }),
  v.strictObject({ ...EntityBase, kind: v.literal('measure'), measure: MeasureFacts }),
]);

/** The shared source registry, `dataset/sources.yaml`: key → source. */
export const SourceRegistry = v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), Source);

/** An entity in the compiled snapshot: aliases as rule objects, sources resolved. */
export const SnapshotEntity = v.variant('kind', [
  v.strictObject({
    ...EntityBase,
    aliases: v.array(AliasRule),
    sources: v.record(v.string(), Source),
    kind: v.literal('person'),
    positions: v.array(Position),
  }),
  v.strictObject({
    ...EntityBase,
    aliases: v.array(AliasRule),
    sources: v.record(v.string(), Source),
    kind: v.literal('organization'),
    organization: OrganizationFacts,
  }),
  v.strictObject({
    ...EntityBase,
    aliases: v.array(AliasRule),
    sources: v.record(v.string(), Source),
    kind: v.literal('commodity'),
    commodity: CommodityFacts,
  }),
  v.strictObject({
    ...EntityBase,
    aliases: v.array(AliasRule),
    sources: v.record(v.string(), Source),
    kind: v.literal('measure'),
    measure: MeasureFacts,
  }),
]);

/** The compiled dataset: what the feed serves, the extension bundles and the background stores. */
export const Snapshot = v.strictObject({
  format: v.literal(1),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  entities: v.array(SnapshotEntity),
});

export type EntityKind = v.InferOutput<typeof EntityKind>;
export type Source = v.InferOutput<typeof Source>;
export type AliasRule = v.InferOutput<typeof AliasRule>;
export type Relation = v.InferOutput<typeof Relation>;
export type Position = v.InferOutput<typeof Position>;
export type StatusStep = v.InferOutput<typeof StatusStep>;
export type EntityFile = v.InferOutput<typeof EntityFile>;
export type Entity = v.InferOutput<typeof SnapshotEntity>;
export type Snapshot = v.InferOutput<typeof Snapshot>;
