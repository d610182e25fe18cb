import { createRequire } from 'node:module';

// Read at run time from the package itself so the version cannot drift; found one folder up from
// src/ under jest and from lib/ when installed, and inlined by ncc into both bundles.
const require = createRequire(import.meta.url);

function readVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === 'flowkeeper' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

/** flowkeeper's version, from package.json. */
export const VERSION = readVersion();
