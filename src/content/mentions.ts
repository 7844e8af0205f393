/** The mentions found on a page: their ranges, and an index from text node to mentions for hit-testing. */
import type { EntityKind } from '../shared/dataset/schema.ts';
import type { Mention } from '../shared/matcher/match.ts';
import { locate, type TextBlock } from './collect-text.ts';

/** One highlighted mention. */
export interface MentionRecord {
  range: StaticRange;
  entityId: string;
  kind: EntityKind;
}

/** Every mention on the page, indexed by the text nodes it touches. */
export class MentionIndex {
  readonly all: MentionRecord[] = [];
  private readonly byNode = new Map<Text, MentionRecord[]>();

  /** Adds the matcher's mentions in one block. */
  addBlock(
    block: TextBlock,
    mentions: readonly Mention[],
    entities: ReadonlyArray<{ id: string; kind: EntityKind }>,
  ): MentionRecord[] {
    const added: MentionRecord[] = [];
    for (const mention of mentions) {
      const entity = entities[mention.entity];
      if (!entity) continue;
      const start = locate(block, mention.start, false);
      const end = locate(block, mention.end, true);
      const record: MentionRecord = {
        range: new StaticRange({
          startContainer: start.node,
          startOffset: start.offset,
          endContainer: end.node,
          endOffset: end.offset,
        }),
        entityId: entity.id,
        kind: entity.kind,
      };
      const first = block.nodes.indexOf(start.node);
      const last = block.nodes.indexOf(end.node);
      for (let i = first; i <= last; i++) {
        const node = block.nodes[i] as Text;
        const list = this.byNode.get(node) ?? [];
        list.push(record);
        this.byNode.set(node, list);
      }
      this.all.push(record);
      added.push(record);
    }
    return added;
  }

  /** The mentions that touch a text node. */
  inNode(node: Node): readonly MentionRecord[] {
    return node instanceof Text ? (this.byNode.get(node) ?? []) : [];
  }
}
