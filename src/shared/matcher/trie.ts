/**
 * A character trie over pattern keys in three typed arrays. Nodes are numbered breadth-first, so the
 * children of node `v` are the consecutive nodes `firstChild[v]` … `firstChild[v + 1] - 1`, sorted
 * by their `label`; no child pointers are stored. The patterns that end at `v` are
 * `outStart[v]` … `outStart[v + 1] - 1`, in the pattern order the builder returns.
 */

/** The trie's arrays; plain typed arrays, so they survive structured clone and IndexedDB. */
export interface TrieArrays {
  /** Length nodes + 1. */
  firstChild: Int32Array;
  /** The code unit on the edge into each node (the root's is 0). */
  label: Uint16Array;
  /** Length nodes + 1. */
  outStart: Int32Array;
}

/** A trie and the order its outputs refer to: `order[k]` is the index, in `keys`, of output `k`. */
export interface BuiltTrie extends TrieArrays {
  order: Int32Array;
}

/**
 * Builds the trie of `keys` breadth-first from the keys in sorted order: every node is a range of
 * sorted keys sharing a prefix, so each level is one pass over its ranges and no node map is needed.
 * Keys that are equal keep their index order, which is the order their patterns are tried in.
 */
export function buildTrie(keys: readonly string[]): BuiltTrie {
  const sorted = keys.map((_, index) => index);
  sorted.sort((a, b) => {
    const x = keys[a] as string;
    const y = keys[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  let capacity = 1;
  for (const key of keys) capacity += key.length;
  const lo = new Int32Array(capacity);
  const hi = new Int32Array(capacity);
  const depth = new Int32Array(capacity);
  const firstChild = new Int32Array(capacity + 1);
  const label = new Uint16Array(capacity);
  const outStart = new Int32Array(capacity + 1);
  const order = new Int32Array(keys.length);
  hi[0] = keys.length;
  let nodes = 1;
  let outputs = 0;
  for (let v = 0; v < nodes; v++) {
    const d = depth[v] as number;
    const end = hi[v] as number;
    let at = lo[v] as number;
    outStart[v] = outputs;
    // Sorted keys that end here come first: a key sorts before every longer key it prefixes.
    while (at < end && (keys[sorted[at] as number] as string).length === d) order[outputs++] = sorted[at++] as number;
    firstChild[v] = nodes;
    while (at < end) {
      const unit = (keys[sorted[at] as number] as string).charCodeAt(d);
      const from = at;
      while (at < end && (keys[sorted[at] as number] as string).charCodeAt(d) === unit) at++;
      label[nodes] = unit;
      lo[nodes] = from;
      hi[nodes] = at;
      depth[nodes] = d + 1;
      nodes++;
    }
  }
  firstChild[nodes] = nodes;
  outStart[nodes] = outputs;
  return {
    firstChild: firstChild.slice(0, nodes + 1),
    label: label.slice(0, nodes),
    outStart: outStart.slice(0, nodes + 1),
    order,
  };
}

/** The child of node `v` along code unit `unit`, or -1: a binary search of its sorted labels. */
export function childOf(trie: TrieArrays, v: number, unit: number): number {
  const { firstChild, label } = trie;
  let low = firstChild[v] as number;
  let high = (firstChild[v + 1] as number) - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = label[mid] as number;
    if (at === unit) return mid;
    if (at < unit) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
