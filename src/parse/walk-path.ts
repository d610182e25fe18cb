// What a field path means, for every reader. Four walks follow one: `find` in parse-yaml.ts and
// parse-json.ts through their parsers' trees, findPlaced in placed-node.ts through the fast
// YAML readers' nodes, and jsonLocator in json-locator.ts through JSON text read in place. Each
// places a field where the others do (test/parse/locators.test.ts and simple-yaml.test.ts
// compare them path by path):
//
// - From the root, a segment steps into a mapping by key, the first entry of a name winning
//   (entriesByName below, for the two parsers' trees), or into a list by index: a segment that
//   reads as a whole number of zero or more, as Number reads it (`Number.isInteger(index) &&
//   index >= 0`: "" and " 1" count, "1.5" and "-1" do not).
// - The walk stops where a step finds nothing, or at a scalar, and reports how far it got
//   (Located): the depth, where that value and its key are written, its kind, and whether a
//   list was passed on the way.
//
// Four loops, each spelling the index test out, not one walk over accessor functions: lookups
// are on the path of every finding, and one walk over accessors makes them 15–20% slower (the
// calls are not inlined), a shared index function about 8% slower on the fast readers' walk.

/**
 * Finds a mapping's entry by name, the first entry of a name winning. Each mapping is indexed
 * on first use, so one lookup per diagnostic stays cheap even in a file of thousands of keys.
 * `nameOf` gives an entry's name, or undefined for a key that is not one.
 */
export function entriesByName<M extends object, E>(entriesOf: (map: M) => Iterable<E>, nameOf: (entry: E) => string | undefined): (map: M, name: string) => E | undefined {
  const indexes = new WeakMap<M, Map<string, E>>();
  return (map, name) => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const entry of entriesOf(map)) {
        const key = nameOf(entry);
        if (key !== undefined && !index.has(key)) index.set(key, entry);
      }
      indexes.set(map, index);
    }
    return index.get(name);
  };
}
