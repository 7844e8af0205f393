/** A character trie over pattern keys: the matcher walks it from each word start. */
import type { Pattern } from './patterns.ts';

/** One trie node: children by character, and the patterns that end here. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  ends: number[];
}

/** Builds the trie of every pattern's key; `ends` hold indexes into `patterns`. */
export function buildTrie(patterns: readonly Pattern[]): TrieNode {
  const root: TrieNode = { next: new Map(), ends: [] };
  patterns.forEach((pattern, index) => {
    let node = root;
    for (let k = 0; k < pattern.key.length; k++) {
      const ch = pattern.key[k] as string;
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), ends: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.ends.push(index);
  });
  return root;
}
