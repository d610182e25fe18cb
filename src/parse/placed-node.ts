import type { Located } from './parsed-source.js';

// The tree the line reader (simple-yaml.ts) gives positions in, built as it reads; lookups go
// through findPlaced.

/** A node of a YAML document with where it starts, as `yaml` places it: what lookups walk. */
export interface PlacedNode {
  start: number;
  kind: 'map' | 'seq' | 'scalar';
  /** A mapping's pairs by key name, the first of a name winning; an empty value is left out. */
  pairs?: Map<string, PlacedEntry>;
  items?: PlacedNode[];
}

/** A mapping's entry: where its key is written, and its value (undefined: written empty). */
export interface PlacedEntry {
  key: number;
  value: PlacedNode | undefined;
}

/**
 * Follows a field path (walk-path.ts) through placed nodes as parse-yaml.ts follows it through
 * `yaml`'s, giving the same answer; undefined where `yaml` alone can say (an empty value or
 * document).
 */
export function findPlaced(root: PlacedNode | undefined, path: readonly string[]): Located | undefined {
  if (!root) return undefined;
  let node = root;
  let located: Located = { depth: 0, valueOffset: node.start, kind: node.kind, throughList: false };
  let throughList = false;
  for (const segment of path) {
    let next: PlacedNode | undefined;
    let keyOffset: number | undefined;
    if (node.kind === 'map') {
      const pair = node.pairs!.get(segment);
      if (!pair) break;
      // An empty value: `yaml` places it by rules of its own.
      if (!pair.value) return undefined;
      next = pair.value;
      keyOffset = pair.key;
    } else if (node.kind === 'seq') {
      const index = Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= node.items!.length) break;
      throughList = true;
      next = node.items![index];
    } else break;
    located = { depth: located.depth + 1, valueOffset: next!.start, keyOffset, kind: next!.kind, throughList };
    node = next!;
  }
  return located;
}
