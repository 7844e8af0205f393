/**
 * The message contract between Lodestone's contexts, one call map per direction:
 * method → request → response. Handlers and callers are both typed from these maps.
 */
import type { Entity, EntityKind } from '../dataset/schema.ts';
import type { PatternTable } from '../matcher/patterns.ts';

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
  origin: 'bundled';
}

/** Calls that the content script and the popup make to the background. */
export interface BackgroundCalls {
  /** The alias patterns of the active dataset, to match page text against. */
  getPatterns: { request: Record<string, never>; response: PatternTable };
  /** One entity and the names of its related entities, or null when the id is unknown. */
  getEntity: { request: { id: string }; response: EntityView | null };
  /** Summaries (name, kind) of several entities, for lists. */
  getEntityNames: { request: { ids: string[] }; response: Array<{ id: string; name: string; kind: EntityKind }> };
  /** Version, date and size of the active dataset. */
  getDatasetInfo: { request: Record<string, never>; response: DatasetInfo };
  /** Stores a clipping; returns it with its id and time. */
  saveClipping: { request: SelectionCapture; response: Clipping };
  /** Every clipping, newest first. */
  listClippings: { request: Record<string, never>; response: Clipping[] };
  /** Deletes one clipping; true when it existed. */
  deleteClipping: { request: { id: string }; response: boolean };
}

/** Calls that the popup makes to the content script of a tab. */
export interface PopupToContentCalls {
  /** The reader's current selection in the page, or null when nothing is selected. */
  getSelection: { request: Record<string, never>; response: SelectionCapture | null };
}

/** Which contexts may call a background method: content scripts, extension pages, or both. */
export const backgroundCallers: Record<keyof BackgroundCalls, ReadonlyArray<'content' | 'extension-page'>> = {
  getPatterns: ['content', 'extension-page'],
  getEntity: ['content', 'extension-page'],
  getEntityNames: ['content', 'extension-page'],
  getDatasetInfo: ['content', 'extension-page'],
  saveClipping: ['extension-page'],
  listClippings: ['extension-page'],
  deleteClipping: ['extension-page'],
};
