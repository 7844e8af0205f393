/**
 * The day an article was published, read from the page's own metadata, so the popover can say what a
 * person's role or a measure's status was when the article was written. Read only when a popover is
 * first shown on a page, never at start-up; nothing leaves the page.
 */
import { localDay } from '../shared/local-day.ts';

/** `<meta>` names and properties that carry a publication date, best first. */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="citation_publication_date"]',
  'meta[name="dc.date.issued" i]',
  'meta[name="dcterms.created" i]',
  'meta[name="dc.date" i]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="publish-date" i]',
  'meta[name="date" i]',
].join(',');

/** JSON-LD blocks larger than this are skipped: a date is never worth parsing a megabyte for. */
const MAX_JSON_LD_CHARS = 200_000;

/** Article types in schema.org whose `datePublished` is the article's date. */
const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|WebPage)$/;

/** `June 9, 2025`, `9 Jun 2025`, `Tue, 10 Jun 2025 08:00:00 GMT`: a day with its month in words. */
const NAMED_MONTH = /^(?:[a-z]{3,9},?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2},?)\s+\d{4}(?:$|[\s,T])/i;

/**
 * The publication day (`YYYY-MM-DD`) written in `raw`, or undefined if it holds no plausible date.
 * A timestamp keeps the day as the publisher wrote it (`2025-06-10T23:30:00-04:00` is 10 June), not
 * the day in UTC. A day after `today` or before 1990 is refused.
 */
export function publishedDay(raw: string, today: string): string | undefined {
  const text = raw.trim();
  const iso =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  let day: string | undefined;
  if (iso) {
    const [, y = '', m = '', d = ''] = iso;
    day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  } else if (NAMED_MONTH.test(text)) {
    // "June 10, 2025", "Tue, 10 Jun 2025 08:00:00 GMT": the engine's parser knows English month names.
    const time = Date.parse(text);
    if (Number.isFinite(time)) {
      day = localDay(new Date(time));
    }
  }
  if (day === undefined || !isRealDay(day)) return undefined;
  return day >= '1990-01-01' && day <= today ? day : undefined;
}

/** The first `datePublished` of an article in a parsed JSON-LD value (`@graph` and arrays included). */
export function datePublishedInJsonLd(value: unknown, depth = 0): string | undefined {
  if (depth > 4 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      const found = datePublishedInJsonLd(item, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? (type as unknown[]) : [type];
  const published = record['datePublished'];
  if (typeof published === 'string' && types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)))
    return published;
  return datePublishedInJsonLd(record['@graph'], depth + 1) ?? datePublishedInJsonLd(record['mainEntity'], depth + 1);
}

/**
 * The page's publication day (`YYYY-MM-DD`), from `<meta>` tags, then JSON-LD, then a `<time>` marked
 * as the publication time or inside the article; undefined when the page names none.
 */
export function readArticleDate(doc: Document, today: string): string | undefined {
  for (const meta of doc.querySelectorAll<HTMLMetaElement>(META_SELECTORS)) {
    const day = publishedDay(meta.content, today);
    if (day !== undefined) return day;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent;
    if (!text || text.length > MAX_JSON_LD_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue; // A page's broken JSON-LD is its own business.
    }
    const raw = datePublishedInJsonLd(parsed);
    const day = raw === undefined ? undefined : publishedDay(raw, today);
    if (day !== undefined) return day;
  }
  const time = doc.querySelector<HTMLTimeElement>(
    'time[itemprop="datePublished"][datetime], time[pubdate][datetime], article time[datetime]',
  );
  return time ? publishedDay(time.dateTime, today) : undefined;
}

/** True when `YYYY-MM-DD` names a day of the calendar (no 31 June). */
function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().slice(0, 10) === day;
}
