/**
 * Answers `matchText`: matches a batch of a page's text blocks against the active dataset in the
 * background, so that no tab holds the dictionary. Page state crosses as entity ids; the matcher
 * counts in entity indexes, so ids are mapped both ways here.
 */
import type { Matcher } from '../shared/matcher/match.ts';
import type { MatchTextRequest, MatchTextResponse, TextMention } from '../shared/messaging/protocol.ts';

/** The most blocks one call may carry. */
export const MAX_BLOCKS = 5_000;
/** The most characters one call may carry, over all its blocks. */
export const MAX_CHARS = 2_000_000;
/** The most seen entity ids one call may carry. */
const MAX_SEEN = 50_000;

const indexesByMatcher = new WeakMap<Matcher, Map<string, number>>();

/** Entity id → index in the matcher's table, built once per matcher. */
function indexOfIds(matcher: Matcher): Map<string, number> {
  let indexes = indexesByMatcher.get(matcher);
  if (!indexes) {
    indexes = new Map(matcher.table.entities.map((entity, index) => [entity.id, index]));
    indexesByMatcher.set(matcher, indexes);
  }
  return indexes;
}

/** Checks a request from a content script; throws a readable error when it is malformed or too big. */
export function validateMatchText(input: unknown): MatchTextRequest {
  const request = input as Partial<MatchTextRequest> | null;
  const { blocks, seenFull } = request ?? {};
  if (!Array.isArray(blocks) || blocks.length > MAX_BLOCKS)
    throw new TypeError(`blocks must be at most ${MAX_BLOCKS} strings`);
  let chars = 0;
  for (const block of blocks) {
    if (typeof block !== 'string') throw new TypeError('blocks must be strings');
    chars += block.length;
  }
  if (chars > MAX_CHARS) throw new TypeError(`blocks must hold at most ${MAX_CHARS} characters`);
  if (!Array.isArray(seenFull) || seenFull.length > MAX_SEEN || seenFull.some((id) => typeof id !== 'string'))
    throw new TypeError('seenFull must be a list of entity ids');
  return { blocks, seenFull };
}

/** The mentions of each block, in order; unknown ids in `seenFull` (from an older dataset) are dropped. */
export function matchText(matcher: Matcher, request: MatchTextRequest): MatchTextResponse {
  const { entities } = matcher.table;
  const seenFull = new Set<number>();
  // The id map is built on the first call that needs it: a page's first batch (the one its first
  // highlights wait for) carries no ids, and a woken worker then skips building it.
  if (request.seenFull.length > 0) {
    const indexes = indexOfIds(matcher);
    for (const id of request.seenFull) {
      const index = indexes.get(id);
      if (index !== undefined) seenFull.add(index);
    }
  }
  const state = { seenFull };
  const mentions = request.blocks.map((text) => {
    const found: TextMention[] = [];
    for (const mention of matcher.find(text, state)) {
      const entity = entities[mention.entity];
      if (entity) found.push({ start: mention.start, end: mention.end, entityId: entity.id, kind: entity.kind });
    }
    return found;
  });
  const seenIds: string[] = [];
  for (const index of seenFull) {
    const entity = entities[index];
    if (entity) seenIds.push(entity.id);
  }
  return { mentions, seenFull: seenIds };
}
