/**
 * The message contract between Lodestone's contexts, one call map per direction:
 * method → request → response. Handlers and callers are both typed from these maps.
 */
import type { Entity, EntityKind } from '../dataset/schema.ts';
import { syncCallers, type SyncCalls } from './sync-protocol.ts';

/** A saved quote with where it came from and the entities it mentions. */
export interface Clipping {
  id: string;
  quote: string;
  url: string;
  title: string;
  /** ISO timestamp of when it was saved. */
  createdAt: string;
  entityIds: string[];
}

/** What the content script captures of the reader's selection. */
export interface SelectionCapture {
  quote: string;
  url: string;
  title: string;
  entityIds: string[];
}

/** An entity with the names of the entities it links to, ready for a popover. */
export interface EntityView {
  entity: Entity;
  related: Array<{ id: string; relation: string; name: string; kind: EntityKind }>;
}

/** What is known about the active dataset. */
export interface DatasetInfo {
  version: number;
  createdAt: string;
  entityCount: number;
  /** Where the active dataset came from. */
  origin: 'bundled' | 'feed';
}

/** One mention in a block of text: offsets into the block's text as sent, and the entity it names. */
export interface TextMention {
  start: number;
  end: number;
  entityId: string;
  kind: EntityKind;
}

/** A batch of a page's text blocks to match, in document order, with what the page showed before them. */
export interface MatchTextRequest {
  blocks: string[];
  /** Ids of the entities whose full name appeared earlier on the page (their short forms count). */
  seenFull: string[];
}

/** The mentions of each block of a `MatchTextRequest`, in its order. */
export interface MatchTextResponse {
  mentions: TextMention[][];
  /** `seenFull` of the request plus the entities whose full name appeared in these blocks. */
  seenFull: string[];
}

/** The most ids one `getEntityNames` call takes. */
export const MAX_NAMES_PER_CALL = 1000;

/** Calls that the content script and the popup make to the background. */
export interface BackgroundCalls extends SyncCalls {
  /** Finds the mentions in a batch of a page's text blocks: the dictionary never leaves the background. */
  matchText: { request: MatchTextRequest; response: MatchTextResponse };
  /** One entity and the names of its related entities, or null when the id is unknown. */
  getEntity: { request: { id: string }; response: EntityView | null };
  /** Summaries (name, kind) of several entities, for lists; at most `MAX_NAMES_PER_CALL` ids. */
  getEntityNames: { request: { ids: string[] }; response: Array<{ id: string; name: string; kind: EntityKind }> };
  /** Version, date and size of the active dataset. */
  getDatasetInfo: { request: Record<string, never>; response: DatasetInfo };
  /** Stores a clipping; returns it with its id and time. */
  saveClipping: { request: SelectionCapture; response: Clipping };
  /** Every clipping, newest first. */
  listClippings: { request: Record<string, never>; response: Clipping[] };
  /** Deletes one clipping; true when it existed. */
  deleteClipping: { request: { id: string }; response: boolean };
  /** Reads a clippings file and adds the clippings not stored yet; all or nothing. */
  importClippings: { request: { text: string }; response: { added: number; skipped: number } };
}

/** Calls that the popup makes to the content script of a tab. */
export interface PopupToContentCalls {
  /** The reader's current selection in the page, or null when nothing is selected. */
  getSelection: { request: Record<string, never>; response: SelectionCapture | null };
}

/** Calls that the background makes to the content script of every tab. */
export interface BackgroundToContentCalls {
  /** A new dataset is active: drop the page's highlights and highlight it again. Answers true when done. */
  datasetChanged: { request: { version: number }; response: boolean };
}

/** Which contexts may call a background method: content scripts, extension pages, or both. */
export const backgroundCallers: Record<keyof BackgroundCalls, ReadonlyArray<'content' | 'extension-page'>> = {
  matchText: ['content'],
  getEntity: ['content', 'extension-page'],
  getEntityNames: ['content', 'extension-page'],
  getDatasetInfo: ['content', 'extension-page'],
  saveClipping: ['extension-page'],
  listClippings: ['extension-page'],
  deleteClipping: ['extension-page'],
  importClippings: ['extension-page'],
  ...syncCallers,
};
