// CommonJS on purpose. The YAML library loads on first use (most runs never need `yaml`, and
// start-up counts), which ESM can only do asynchronously; a `require` inside a function is
// synchronous and lazy, and, unlike createRequire, a bundler sees it and bundles the library.
// The action runs from dist/ with no node_modules beside it: a library left out of the bundle
// is a crash there. Callers cast to the library's type (its ESM typings, which they import).
const bundledRequire = {
  /** The `yaml` package, loaded on first call. */
  yaml: (): unknown => require('yaml'),
};

export = bundledRequire;
