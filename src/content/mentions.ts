/**
 * The mentions found on a page, kept per block: their ranges, and an index from text node to
 * mentions for hit-testing. A block's mentions are replaced whole when the block is read again and
 * dropped when its text leaves the page. Only blocks with mentions are kept, so the index stays small.
 */
import type { EntityKind } from '../shared/dataset/schema.ts';
import type { TextMention } from '../shared/messaging/protocol.ts';
import { locate, type TextBlock } from './collect-text.ts';

/** One highlighted mention. */
export interface MentionRecord {
  range: StaticRange;
  entityId: string;
  kind: EntityKind;
}

/** A block that has mentions: its text nodes and its records. */
interface KeptBlock {
  nodes: Text[];
  records: MentionRecord[];
  /** `start:end:id` of each mention, to tell when a re-read changed nothing. */
  signature: string;
}

/** What a change did to the page's mentions, for the highlights to follow. */
export interface MentionChange {
  added: MentionRecord[];
  removed: MentionRecord[];
}

function signatureOf(mentions: readonly TextMention[]): string {
  return mentions.map((m) => `${m.start}:${m.end}:${m.entityId}`).join(' ');
}

/** Every mention on the page, by block and by text node. */
export class MentionIndex {
  private readonly blockOfNode = new Map<Text, KeptBlock>();
  private readonly byNode = new Map<Text, MentionRecord[]>();
  private readonly blocks = new Set<KeptBlock>();

  /** Every mention, block by block. */
  *all(): Generator<MentionRecord> {
    for (const block of this.blocks) yield* block.records;
  }

  /** The number of mentions. */
  get size(): number {
    let size = 0;
    for (const block of this.blocks) size += block.records.length;
    return size;
  }

  /** Sets a block's mentions, replacing those of any kept block that shares a text node with it. */
  setBlock(block: TextBlock, mentions: readonly TextMention[], change: MentionChange): void {
    if (mentions.length === 0) {
      // Most blocks: nothing to keep, only mentions the block's nodes had before to drop.
      if (this.blockOfNode.size > 0) this.dropBlocksOf(block.nodes, change);
      return;
    }
    const signature = signatureOf(mentions);
    const previous = this.blockOfNode.get(block.nodes[0] as Text);
    if (
      previous &&
      previous.signature === signature &&
      previous.nodes.length === block.nodes.length &&
      previous.nodes.every((node, i) => node === block.nodes[i])
    )
      return;
    this.dropBlocksOf(block.nodes, change);
    const kept: KeptBlock = { nodes: block.nodes, records: [], signature };
    for (const mention of mentions) {
      const start = locate(block, mention.start, false);
      const end = locate(block, mention.end, true);
      const record: MentionRecord = {
        range: new StaticRange({
          startContainer: start.node,
          startOffset: start.offset,
          endContainer: end.node,
          endOffset: end.offset,
        }),
        entityId: mention.entityId,
        kind: mention.kind,
      };
      const first = block.nodes.indexOf(start.node);
      const last = block.nodes.indexOf(end.node);
      for (let i = first; i <= last; i++) {
        const node = block.nodes[i] as Text;
        const list = this.byNode.get(node);
        if (list) list.push(record);
        else this.byNode.set(node, [record]);
      }
      kept.records.push(record);
    }
    for (const node of block.nodes) this.blockOfNode.set(node, kept);
    this.blocks.add(kept);
    change.added.push(...kept.records);
  }

  /** Drops the blocks that lost a text node from the page: their text was removed or replaced. */
  sweepDisconnected(change: MentionChange): void {
    for (const block of this.blocks) {
      if (block.nodes.some((node) => !node.isConnected)) this.drop(block, change);
    }
  }

  /** Drops the blocks of the given text nodes that left the page (a targeted `sweepDisconnected`). */
  sweepRemoved(texts: Iterable<Text>, change: MentionChange): void {
    for (const text of texts) {
      const kept = this.blockOfNode.get(text);
      if (kept && !text.isConnected) this.drop(kept, change);
    }
  }

  /** Drops the blocks whose text lies under `root` (a subtree that stopped rendering). */
  dropWithin(root: Node, change: MentionChange): void {
    for (const block of this.blocks) {
      if (root.contains(block.nodes[0] as Text)) this.drop(block, change);
    }
  }

  /** Forgets everything. */
  clear(change: MentionChange): void {
    for (const block of this.blocks) this.drop(block, change);
  }

  /** The mentions that touch a text node. */
  inNode(node: Node): readonly MentionRecord[] {
    return node.nodeType === Node.TEXT_NODE ? (this.byNode.get(node as Text) ?? []) : [];
  }

  /** Drops every kept block that holds one of `nodes`. */
  private dropBlocksOf(nodes: readonly Text[], change: MentionChange): void {
    for (const node of nodes) {
      const kept = this.blockOfNode.get(node);
      if (kept) this.drop(kept, change);
    }
  }

  private drop(block: KeptBlock, change: MentionChange): void {
    if (!this.blocks.delete(block)) return;
    for (const node of block.nodes) {
      if (this.blockOfNode.get(node) === block) this.blockOfNode.delete(node);
      const list = this.byNode.get(node);
      if (!list) continue;
      const left = list.filter((record) => !block.records.includes(record));
      if (left.length > 0) this.byNode.set(node, left);
      else this.byNode.delete(node);
    }
    change.removed.push(...block.records);
  }
}
