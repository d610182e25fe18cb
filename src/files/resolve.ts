import path from 'node:path';
import { diagnostic, dedupeDiagnostics, type Diagnostic } from '../engine/diagnostic.js';
import { cloneJson, hasOwn, quote, type JsonObject } from '../engine/json.js';
import { mergeLayers, mergeOnto } from '../engine/merge.js';
import { validateFlow } from '../engine/validate.js';
import type { Flow, UpdateBody } from '../generated/types.js';
import { cleanUtf8Text } from '../parse/decode.js';
import { isFlowFileName, loadFlowFile, refusedFile, type LoadedFile } from './load.js';
import { placeAcrossLayers, placeInFile } from '../parse/locate.js';
import { isRefusal, LINK, shownPath, type FileReader, type Refusal } from './reader.js';

/** A flow file with its bases applied: the flow a sync would leave on the server. */
export interface ResolvedFlow {
  file: LoadedFile;
  /** Every file that contributed, lowest priority first; the file itself last. */
  layers: LoadedFile[];
  /**
   * Documented defaults ← each base in order ← the file. Read-only: parts of it are shared with
   * other resolved flows (see mergeLayers); bodyOf gives a copy of one's own.
   */
  flow: Flow;
  /** Problems of the chain (missing bases, cycles, escapes) and of the resolved flow, positioned. */
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Loads files once each, by absolute path, and turns absolute paths into display paths. */
export class FlowFileCache {
  private readonly files = new Map<string, Promise<LoadedFile | undefined>>();

  constructor(
    readonly reader: FileReader,
    /** Display paths are relative to this folder. */
    readonly cwd: string,
    /** Bases must live inside this folder (the repository root). */
    readonly root: string,
  ) {
    this.cwdPrefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  }

  private readonly cwdPrefix: string;

  displayPath(absolutePath: string): string {
    // Most paths lie under the working directory: a slice, not path.relative's normalizing walk.
    const relative = absolutePath.startsWith(this.cwdPrefix) && !absolutePath.includes(`${path.sep}..`) ? absolutePath.slice(this.cwdPrefix.length) : path.relative(this.cwd, absolutePath);
    return path.sep === '/' ? relative : relative.split(path.sep).join('/');
  }

  private readonly targets = new Map<string, Promise<BaseTarget>>();
  private readonly resolved = new Map<string, string>();

  /**
   * Where an `extends` entry written in a file of `folder` leads, and whether it stays inside the
   * root: the path once per folder and entry, the rest once per base, since thousands of flows
   * in hundreds of folders share a few bases.
   */
  baseTarget(folder: string, entry: string): Promise<BaseTarget> {
    const key = `${folder}\0${entry}`;
    let absolutePath = this.resolved.get(key);
    if (absolutePath === undefined) {
      absolutePath = path.resolve(folder, entry);
      this.resolved.set(key, absolutePath);
    }
    return this.targetOf(absolutePath);
  }

  /** Where a path leads, symlinks resolved, and whether it stays inside the root: once per path. */
  targetOf(absolutePath: string): Promise<BaseTarget> {
    let target = this.targets.get(absolutePath);
    if (!target) {
      target = this.findTarget(absolutePath);
      this.targets.set(absolutePath, target);
    }
    return target;
  }

  /**
   * Loads a file named on its own (not as a base), or says why it is not read because of where
   * it leads: a symlink (the file or a folder on its way) from inside the repository to
   * somewhere outside it. A path outside the repository (named so by the user) is read as it is.
   */
  async loadNamed(absolutePath: string): Promise<LoadedFile | { outside: string } | undefined> {
    // The folder's real path once per folder; the file's own only when it is a link itself: a
    // real-path lookup per file costs a thread-pool round trip, thousands of times over.
    const folder = await this.targetOf(path.dirname(absolutePath));
    if (!folder.named) return this.loadOnce(absolutePath);
    if (!folder.inside) return leadsOutside(path.join(folder.real, path.basename(absolutePath)));
    // A base already loaded passed its own check of where it leads.
    const cached = this.files.get(absolutePath);
    if (cached) return cached;
    const direct = await this.loadDirect(absolutePath);
    if (direct !== LINK && direct !== RAW) return direct;
    const real = await this.realPath(absolutePath);
    return isInside(await this.realPath(this.root), real) ? this.loadCarefully(absolutePath, direct === RAW) : leadsOutside(real);
  }

  private async findTarget(absolutePath: string): Promise<BaseTarget> {
    const real = await this.realPath(absolutePath);
    const named = isInside(this.root, absolutePath);
    return { absolutePath, real, shown: this.displayPath(absolutePath), named, inside: named && isInside(await this.realPath(this.root), real) };
  }

  private readonly realPaths = new Map<string, Promise<string>>();

  /**
   * The chains of bases that resolved without an error, by base. Such a chain does not depend on
   * the files that led to it: had one of them been among its bases, the chain would have met
   * itself and reported a cycle. Thousands of flows share a few bases; each is walked once.
   */
  readonly chains = new Map<string, Chain>();

  private readonly mergedBases = new Map<string, Flow>();

  /**
   * The bases of a chain merged onto the defaults, once per distinct chain: each file is then
   * merged onto that (copy-on-write), not the whole chain again. Read-only, like every merge.
   */
  mergeBases(bases: readonly LoadedFile[]): Flow {
    const key = bases.length === 0 ? '' : bases.length === 1 ? bases[0]!.absolutePath : bases.map((base) => base.absolutePath).join('\0');
    let merged = this.mergedBases.get(key);
    if (!merged) {
      merged = mergeLayers(bases.map((base) => base.layer));
      this.mergedBases.set(key, merged);
    }
    return merged;
  }

  /** The path with symlinks resolved, asked of the file system once per path (bases are shared by many files). */
  realPath(absolutePath: string): Promise<string> {
    let real = this.realPaths.get(absolutePath);
    if (!real) {
      real = this.reader.realPath(absolutePath);
      this.realPaths.set(absolutePath, real);
    }
    return real;
  }

  /** Loads a file without keeping it: for files nobody extends, so memory stays flat. */
  async loadOnce(absolutePath: string): Promise<LoadedFile | undefined> {
    const cached = this.files.get(absolutePath);
    if (cached) return cached;
    const direct = await this.loadDirect(absolutePath);
    return direct !== LINK && direct !== RAW ? direct : this.loadCarefully(absolutePath, direct === RAW);
  }

  /**
   * A file read at its own path, no link followed: LINK when the path is a link (or the reader
   * cannot tell), RAW when the text is not clean UTF-8 and its bytes must say what is wrong.
   */
  private async loadDirect(absolutePath: string): Promise<LoadedFile | undefined | typeof LINK | typeof RAW> {
    if (!this.reader.readTextUnlessLink) return LINK;
    const text = await this.reader.readTextUnlessLink(absolutePath);
    return text === LINK ? LINK : this.fromText(text, absolutePath, true);
  }

  /** A file read the careful way, links followed: as text unless that is known to fail, else as bytes. */
  private async loadCarefully(absolutePath: string, asBytes: boolean): Promise<LoadedFile | undefined> {
    if (this.reader.readText && !asBytes) {
      const loaded = this.fromText(await this.reader.readText(absolutePath), absolutePath, false);
      if (loaded !== RAW) return loaded;
    }
    const bytes = await this.reader.read(absolutePath);
    if (bytes === undefined) return undefined;
    if (isRefusal(bytes)) return refusedFile(bytes, absolutePath, this.displayPath(absolutePath));
    return loadFlowFile(bytes, absolutePath, this.displayPath(absolutePath));
  }

  /** A file from its text, or RAW when the text is not clean UTF-8 and the bytes must tell. */
  private fromText(text: string | Refusal | undefined, absolutePath: string, direct: boolean): LoadedFile | undefined | typeof RAW {
    if (text === undefined) return undefined;
    if (isRefusal(text)) return refusedFile(text, absolutePath, this.displayPath(absolutePath));
    const clean = cleanUtf8Text(text);
    if (clean === undefined) return RAW;
    const file = loadFlowFile(clean, absolutePath, this.displayPath(absolutePath));
    // Clean text is valid UTF-8 decoded: encoded again, it is the file's bytes exactly.
    if (direct) file.directText = text;
    return file;
  }

  /** Loads a file and keeps it, for bases that many files extend. */
  load(absolutePath: string): Promise<LoadedFile | undefined> {
    let entry = this.files.get(absolutePath);
    if (!entry) {
      entry = this.loadOnce(absolutePath);
      this.files.set(absolutePath, entry);
    }
    return entry;
  }
}

const RAW = Symbol('raw');

function leadsOutside(real: string): { outside: string } {
  return { outside: `the file is a symlink to ${shownPath(real)}, outside the repository; expected a symlink to a regular file inside the repository` };
}

/** Where an `extends` entry leads. */
interface BaseTarget {
  absolutePath: string;
  /** The path with symlinks resolved. */
  real: string;
  shown: string;
  /** Inside the repository root as written, symlinks not resolved. */
  named: boolean;
  /** Inside the repository root, symlinks resolved. */
  inside: boolean;
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

interface Chain {
  layers: LoadedFile[];
  errors: Diagnostic[];
}

/** A chain as resolveFlowFile reads it. */
type ChainView = { readonly layers: readonly LoadedFile[]; readonly errors: readonly Diagnostic[] };

const NO_CHAIN: ChainView = Object.freeze({ layers: Object.freeze([]), errors: Object.freeze([]) });

async function collectLayers(file: LoadedFile, cache: FlowFileCache, stack: string[]): Promise<Chain> {
  const chain: Chain = { layers: [], errors: [] };
  // The stack holds absolute paths; messages show display paths only (made for a message only).
  const trail = (shown: string) => [...stack.map((p) => cache.displayPath(p)), file.path, shown].join(' → ');
  for (const [index, entry] of file.extends.entries()) {
    const field = Array.isArray((file.source?.value as JsonObject | undefined)?.extends) ? `extends.${index}` : 'extends';
    const fail = (message: string) => chain.errors.push(placeInFile(diagnostic(field, message, 'extends'), file));
    if (path.isAbsolute(entry)) {
      fail(`extends ${quote(entry)} is an absolute path; expected a path relative to ${file.path}`);
      continue;
    }
    if (!isFlowFileName(entry)) {
      fail(`extends ${quote(entry)} is not a .yaml, .yml or .json file`);
      continue;
    }
    const { absolutePath: target, shown, inside } = await cache.baseTarget(path.dirname(file.absolutePath), entry);
    if (!inside) {
      fail(`extends ${quote(entry)} resolves outside the repository root (${trail(shown)}); bases must live inside the repository`);
      continue;
    }
    if (stack.includes(target) || target === file.absolutePath) {
      fail(`extends ${quote(entry)} makes a cycle: ${trail(shown)}`);
      continue;
    }
    const base = await cache.load(target);
    if (!base) {
      fail(`extends ${quote(entry)}: no such file (${trail(shown)})`);
      continue;
    }
    if (!base.readable) {
      // A base that is not text or not a regular file has one finding, which says why here too.
      const why = base.source === undefined && base.diagnostics[0] ? `: ${base.diagnostics[0].message}` : '; see its own errors';
      fail(`extends ${quote(entry)}: the base ${base.path} cannot be read${why}`);
      continue;
    }
    let inner = cache.chains.get(base.absolutePath);
    if (!inner) {
      inner = await collectLayers(base, cache, [...stack, file.absolutePath]);
      if (inner.errors.length === 0) cache.chains.set(base.absolutePath, inner);
    }
    // Errors deep in the chain are reported where the chain breaks, in the base's own file.
    chain.errors.push(...inner.errors);
    chain.layers.push(...inner.layers, base);
  }
  return chain;
}

/** The declared top-level fields of the layers: what the file (with its bases) owns. */
function declaredKeys(layers: readonly LoadedFile[]): Set<string> {
  const keys = new Set<string>();
  for (const layer of layers) for (const key of Object.keys(layer.layer)) keys.add(key);
  return keys;
}

/**
 * Exactly what a sync sends for a resolved flow: the top-level fields the file or its bases
 * declare, copied from the merged flow. Made on request: validation alone never needs it, and
 * copying it for every file of a large repository would be a visible share of a run.
 */
export function bodyOf(resolved: ResolvedFlow): UpdateBody {
  const body: JsonObject = {};
  for (const key of declaredKeys(resolved.layers)) {
    if (hasOwn(resolved.flow, key)) body[key] = cloneJson((resolved.flow as unknown as JsonObject)[key]);
  }
  return body as UpdateBody;
}

/**
 * Resolves a flow file: loads its bases (recursively, each once, in order), merges them onto
 * the documented defaults with the file last, and validates the result as a complete flow.
 * Every diagnostic points into the file where its field is written.
 */
export async function resolveFlowFile(file: LoadedFile, cache: FlowFileCache): Promise<ResolvedFlow> {
  // Most flows of a repository extend nothing: no chain to walk, and no promise to wait for.
  const chain: ChainView = file.extends.length === 0 ? NO_CHAIN : await collectLayers(file, cache, []);
  // A base reached twice (a diamond) applies once, at its first place.
  const layers = chain.layers.length === 0 ? [file] : [...new Set([...chain.layers, file])];
  const flow: Flow = mergeOnto(cache.mergeBases(layers.slice(0, -1)), file.layer);
  // A broken chain is the cause: the flow without its missing base would only show its echoes.
  if (chain.errors.length > 0) return { file, layers, flow, errors: dedupeDiagnostics([...chain.errors]), warnings: [] };
  const judged = validateFlow(flow);
  const place = (d: Diagnostic) => placeAcrossLayers(d, layers);
  return {
    file,
    layers,
    flow,
    errors: dedupeDiagnostics(judged.errors.map(place)),
    warnings: judged.warnings.map(place),
  };
}

/**
 * The chain of a base (a file without an id): a missing base, an escape or a cycle among bases
 * is reported even when no flow extends it. Not judged as a flow: a base is only part of one.
 */
export async function checkBaseChain(file: LoadedFile, cache: FlowFileCache): Promise<{ errors: Diagnostic[]; layers: LoadedFile[] }> {
  if (file.extends.length === 0) return { errors: [], layers: [] };
  const chain = await collectLayers(file, cache, []);
  return { errors: dedupeDiagnostics(chain.errors), layers: chain.layers };
}
