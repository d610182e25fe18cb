import { statSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_FINGERPRINT } from '../generated/fingerprint.js';
import type { FileResult } from '../reports/types.js';

/** What identifies a file's content without reading it, as ESLint's cache does by default. */
interface FileStamp {
  size: number;
  mtimeMs: number;
}

interface CacheEntry {
  stamp: FileStamp;
  /** The bases the result depends on, each with its stamp: a changed base invalidates the entry. */
  layers: Array<{ path: string; stamp: FileStamp }>;
  result: FileResult;
}

interface CacheFile {
  /** flowkeeper's version and the schema's fingerprint: other rules, other results. */
  key: string;
  cwd: string;
  entries: Record<string, CacheEntry>;
}

function stampOf(file: string): FileStamp | undefined {
  const info = statSync(file, { throwIfNoEntry: false });
  return info ? { size: info.size, mtimeMs: info.mtimeMs } : undefined;
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp) => a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * Validation results kept between runs (`flowkeeper validate --cache`): a file whose size and
 * modification time, and those of every base it extends, are unchanged is not read again.
 * The cache is one JSON file, written atomically; a missing, unreadable or foreign one is
 * simply started afresh.
 */
export class FileResultCache {
  private dirty = false;
  /** Stamps of bases, read once per run: thousands of files share a few bases. */
  private readonly baseStamps = new Map<string, FileStamp | undefined>();

  private baseStamp(file: string): FileStamp | undefined {
    if (!this.baseStamps.has(file)) this.baseStamps.set(file, stampOf(file));
    return this.baseStamps.get(file);
  }

  private constructor(
    private readonly location: string,
    private readonly data: CacheFile,
  ) {}

  /** Opens the cache at `location` for results made with this version of flowkeeper in `cwd`. */
  static async open(location: string, version: string, cwd: string): Promise<FileResultCache> {
    const key = `${version}:${SCHEMA_FINGERPRINT}`;
    let data: CacheFile = { key, cwd, entries: {} };
    try {
      const stored = JSON.parse(await readFile(location, 'utf8')) as CacheFile;
      if (stored.key === key && stored.cwd === cwd && typeof stored.entries === 'object' && stored.entries !== null) data = stored;
    } catch {
      // No cache yet, or a damaged one: start afresh.
    }
    return new FileResultCache(location, data);
  }

  /** The stored result of a file whose stamps all still match. Results are never mutated, so it is shared. */
  lookup(absolutePath: string): FileResult | undefined {
    const entry = Object.hasOwn(this.data.entries, absolutePath) ? this.data.entries[absolutePath] : undefined;
    if (!entry || !sameStamp(stampOf(absolutePath), entry.stamp)) return undefined;
    if (!entry.layers.every((layer) => sameStamp(this.baseStamp(layer.path), layer.stamp))) return undefined;
    return entry.result;
  }

  /** Keeps a result with the stamps of the file and of the bases it was resolved through. */
  store(absolutePath: string, layers: readonly string[], result: FileResult): void {
    const stamp = stampOf(absolutePath);
    const layerStamps = layers.map((layer) => ({ path: layer, stamp: this.baseStamp(layer) }));
    if (!stamp || layerStamps.some((l) => !l.stamp)) return;
    this.data.entries[absolutePath] = { stamp, layers: layerStamps as CacheEntry['layers'], result };
    this.dirty = true;
  }

  /** Drops entries of files that no longer exist in this run, and writes the cache atomically. */
  async save(seen: readonly string[]): Promise<void> {
    const keep = new Set(seen);
    for (const file of Object.keys(this.data.entries)) {
      if (keep.has(file)) continue;
      delete this.data.entries[file];
      this.dirty = true;
    }
    // An unchanged repository leaves the cache as it was: no need to write megabytes again.
    if (!this.dirty) return;
    const temporary = path.join(path.dirname(this.location), `.${path.basename(this.location)}.${process.pid}.tmp`);
    await writeFile(temporary, JSON.stringify(this.data));
    await rename(temporary, this.location);
  }
}
