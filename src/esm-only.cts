// What `require('flowkeeper')` loads on a Node that cannot require an ES module (before 20.19
// and 22.12, or with --no-experimental-require-module): package.json's `require` condition, which
// such a Node reaches because it skips `module-sync`. A Node that can takes `module-sync` and gets
// the library itself. This says why, and how to load it instead, rather than Node's generic error.
const error: Error & { code?: string } = new Error(
  `flowkeeper is an ES module, and this Node (${process.version}) cannot load one with require(); Node 20.19, 22.12 and later can. ` +
    "Load it with `const { mergeAndValidate } = await import('flowkeeper');`, or write the importing file as an ES module " +
    '(.mjs, or "type": "module" in its package.json) and use `import { mergeAndValidate } from \'flowkeeper\';`.',
);
error.code = 'ERR_REQUIRE_ESM';
throw error;
