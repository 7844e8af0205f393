/**
 * The clippings file: what "Export" writes and "Import" reads back (JSON), and a Markdown copy for
 * reading and pasting. Reading a file checks all of it before anything is stored, and says which
 * clipping is wrong and why.
 */
import * as v from 'valibot';
import { localDay } from '../local-day.ts';
import type { Clipping } from '../messaging/protocol.ts';

/** The `format` field of a clippings file. */
export const CLIPPINGS_FORMAT = 'lodestone-clippings';
/** The version this build writes and the newest it reads. */
export const CLIPPINGS_VERSION = 1;
/** The longest quote a clipping keeps, in characters. */
export const MAX_QUOTE_LENGTH = 20_000;
/** The largest clippings file an import reads, in characters (the popup refuses a file of more bytes unread). */
export const MAX_IMPORT_CHARS = 32_000_000;
/** The most clippings one file may hold. */
export const MAX_CLIPPINGS_PER_FILE = 100_000;

/** One clipping as a file holds it: the stored fields plus the entities' names, for people reading it. */
export interface ExportedClipping extends Clipping {
  entities: Array<{ id: string; name: string }>;
}

/** A clippings file. */
export interface ClippingsFile {
  format: typeof CLIPPINGS_FORMAT;
  version: number;
  exportedAt: string;
  clippings: ExportedClipping[];
}

/**
 * The fields every clipping has, wherever it comes from (a selection, a file), with messages that call
 * the quote by `quoteName`: "the selection is empty", "the quote is empty".
 */
export function clippingFields(quoteName: string) {
  return {
    quote: v.pipe(
      v.string(`the ${quoteName} is not text`),
      v.trim(),
      v.minLength(1, `the ${quoteName} is empty`),
      v.maxLength(MAX_QUOTE_LENGTH, `the ${quoteName} is too long to clip`),
    ),
    url: v.pipe(
      v.string('the page address is not text'),
      v.url('the page address is not a URL'),
      v.maxLength(4096, 'the page address is too long'),
    ),
    title: v.pipe(v.string('the title is not text'), v.maxLength(1000, 'the title is too long')),
    entityIds: v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(80, 'an entity id is too long')), 'the entity ids are not a list'),
      v.maxLength(1000, 'too many entities'),
    ),
  };
}

const StoredClipping = v.object(
  {
    id: v.pipe(
      v.string('the id is not text'),
      v.minLength(1, 'the id is empty'),
      v.maxLength(100, 'the id is too long'),
    ),
    createdAt: v.pipe(v.string('the date is not text'), v.isoTimestamp('the date is not an ISO timestamp')),
    ...clippingFields('quote'),
  },
  'it is not a clipping',
);

const FileHead = v.object(
  {
    format: v.literal(CLIPPINGS_FORMAT, 'this is not a Lodestone clippings file'),
    version: v.pipe(v.number('the file has no version'), v.integer(), v.minValue(1)),
    clippings: v.pipe(
      v.array(v.unknown(), 'the file holds no list of clippings'),
      v.maxLength(MAX_CLIPPINGS_PER_FILE, `a file holds at most ${String(MAX_CLIPPINGS_PER_FILE)} clippings`),
    ),
  },
  'this is not a Lodestone clippings file',
);

/** The file for `clippings`, newest first as given; `names` maps entity ids to names. */
export function clippingsFile(
  clippings: readonly Clipping[],
  names: ReadonlyMap<string, string>,
  now = new Date(),
): ClippingsFile {
  return {
    format: CLIPPINGS_FORMAT,
    version: CLIPPINGS_VERSION,
    exportedAt: now.toISOString(),
    clippings: clippings.map((clip) => ({
      id: clip.id,
      quote: clip.quote,
      url: clip.url,
      title: clip.title,
      createdAt: clip.createdAt,
      entityIds: clip.entityIds,
      entities: clip.entityIds.map((id) => ({ id, name: names.get(id) ?? id })),
    })),
  };
}

/**
 * Reads a clippings file back. Throws an error that says what is wrong (and which clipping) when
 * the text is not such a file, comes from a newer Lodestone, or holds a malformed clipping; the
 * entities' names in the file are not read. A clipping whose id appears twice is kept once.
 */
export function parseClippingsFile(text: string): Clipping[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SyntaxError('The file is not a Lodestone clippings file: it is not valid JSON.');
  }
  const head = v.safeParse(FileHead, json);
  if (!head.success) throw new TypeError(`The file cannot be imported: ${head.issues[0].message}.`);
  if (head.output.version > CLIPPINGS_VERSION)
    throw new TypeError('The file was made by a newer Lodestone: update Lodestone to import it.');
  const seen = new Set<string>();
  const out: Clipping[] = [];
  head.output.clippings.forEach((item, index) => {
    const parsed = v.safeParse(StoredClipping, item);
    if (!parsed.success)
      throw new TypeError(`Clipping ${String(index + 1)} of the file cannot be imported: ${parsed.issues[0].message}.`);
    const { id, quote, url, title, createdAt, entityIds } = parsed.output;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, quote, url, title, createdAt, entityIds: [...new Set(entityIds)] });
  });
  return out;
}

/** The clippings as Markdown: each quote, then its page as a link, the day it was saved (the reader's day) and its entities. */
export function clippingsMarkdown(
  clippings: readonly Clipping[],
  names: ReadonlyMap<string, string>,
  now = new Date(),
): string {
  const count = clippings.length === 1 ? '1 clipping' : `${String(clippings.length)} clippings`;
  const lines = ['# Lodestone clippings', '', `Exported on ${localDay(now)}: ${count}.`];
  for (const clip of clippings) {
    lines.push('', ...clip.quote.split(/\r?\n/).map((line) => (line.trim() ? `> ${line}` : '>')), '');
    const link = `[${escapeLinkText(clip.title || clip.url)}](${escapeUrl(clip.url)})`;
    const entities = clip.entityIds.map((id) => names.get(id) ?? id);
    lines.push(
      `— ${link}, saved on ${localDay(new Date(clip.createdAt))}${entities.length ? `. Mentions: ${entities.join(', ')}` : ''}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function escapeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
