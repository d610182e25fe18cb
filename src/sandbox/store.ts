import { readFile } from 'node:fs/promises';
import { SandboxConfigError } from './errors.js';
import { isFlowId } from '../api/flow-id.js';
import { applyPatch } from '../engine/merge.js';
import { cloneJson, isObject } from '../engine/json.js';
import type { Flow } from '../generated/types.js';
import { writeFileAtomic } from './atomic-write.js';

/** A flow to start with. `flow` may be partial: missing fields take their documented defaults. */
export interface SeedFlow {
  id: string;
  flow: unknown;
  /** When true, every PUT to this flow is refused with 409. */
  activeUsers?: boolean;
}

/** A flow as the store holds it. */
export interface StoredFlow {
  id: string;
  flow: Flow;
  activeUsers: boolean;
}

/** How the store starts. */
export interface FlowStoreOptions {
  seed?: readonly SeedFlow[];
  /** JSON file to load at start (when it exists) and to rewrite atomically after each change. */
  dataFile?: string;
  /** Epoch ms, for the createdAt/updatedAt of seeds that lack them. */
  now?: () => number;
}

/** The data file's layout. */
interface DataFile {
  flows: StoredFlow[];
}

function normalize(seed: SeedFlow, nowIso: string): StoredFlow {
  if (!isFlowId(seed.id)) throw new SandboxConfigError(`seed flow id ${JSON.stringify(seed.id)} is not valid; expected 24 hexadecimal characters`);
  if (!isObject(seed.flow)) throw new SandboxConfigError(`seed flow ${seed.id} is not an object`);
  // applyPatch with an empty patch fills every documented default and keeps server-owned keys.
  const flow = applyPatch(seed.flow, {});
  flow._id = seed.id;
  flow.createdAt ??= nowIso;
  flow.updatedAt ??= flow.createdAt;
  return { id: seed.id, flow, activeUsers: seed.activeUsers === true };
}

async function load(dataFile: string): Promise<unknown[] | undefined> {
  let text: string;
  try {
    text = await readFile(dataFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SandboxConfigError(`cannot read the sandbox data file ${dataFile}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SandboxConfigError(`the sandbox data file ${dataFile} is not valid JSON; fix or delete it`, { cause: error });
  }
  if (!isObject(parsed) || !Array.isArray(parsed.flows)) throw new SandboxConfigError(`the sandbox data file ${dataFile} has no "flows" list; fix or delete it`);
  return parsed.flows;
}

/**
 * The sandbox's flows, in memory and optionally in a JSON file. Changes land in memory at once
 * (so concurrent PUTs never lose one another's update) and are written in order, each write
 * holding everything changed so far.
 */
export class FlowStore {
  readonly #flows = new Map<string, StoredFlow>();
  readonly #dataFile: string | undefined;
  #writing: Promise<void> = Promise.resolve();

  private constructor(dataFile: string | undefined) {
    this.#dataFile = dataFile;
  }

  /**
   * Opens a store: the data file's flows when it exists, then any seed whose id it lacks (the
   * file wins, so a restart keeps what was changed). Throws {@link SandboxConfigError} for a bad
   * seed or an unreadable file.
   */
  static async open(options: FlowStoreOptions = {}): Promise<FlowStore> {
    const store = new FlowStore(options.dataFile);
    const nowIso = new Date((options.now ?? Date.now)()).toISOString();
    const saved = options.dataFile ? await load(options.dataFile) : undefined;
    for (const entry of saved ?? []) {
      const seed = isObject(entry) ? { id: entry.id as string, flow: entry.flow, activeUsers: entry.activeUsers === true } : { id: '', flow: undefined };
      store.#add(normalize(seed, nowIso));
    }
    let added = false;
    for (const seed of options.seed ?? []) {
      if (saved && store.#flows.has(seed.id)) continue;
      store.#add(normalize(seed, nowIso));
      added = true;
    }
    if (options.dataFile && (saved === undefined || added)) await store.#persist();
    return store;
  }

  #add(entry: StoredFlow): void {
    if (this.#flows.has(entry.id)) throw new SandboxConfigError(`flow ${entry.id} is seeded twice`);
    this.#flows.set(entry.id, entry);
  }

  /** True when a flow with this id exists. */
  has(id: string): boolean {
    return this.#flows.has(id);
  }

  /** A copy of the flow, or undefined. */
  get(id: string): Flow | undefined {
    const entry = this.#flows.get(id);
    return entry ? cloneJson(entry.flow) : undefined;
  }

  /** True when the flow is marked as having users mid-verification (PUTs get 409). */
  hasActiveUsers(id: string): boolean {
    return this.#flows.get(id)?.activeUsers === true;
  }

  /** Copies of every stored flow, in insertion order. */
  list(): StoredFlow[] {
    return [...this.#flows.values()].map((entry) => cloneJson(entry));
  }

  /**
   * Replaces a flow. Memory changes before this returns its promise, which settles once the data
   * file holds the change; if that write fails, the change is undone (unless a later one
   * replaced it) and the promise rejects.
   */
  put(id: string, flow: Flow): Promise<void> {
    const entry = this.#flows.get(id);
    if (!entry) return Promise.reject(new SandboxConfigError(`flow ${id} does not exist`));
    const previous = entry.flow;
    const next = cloneJson(flow);
    entry.flow = next;
    return this.#persist().catch((error: unknown) => {
      if (entry.flow === next) entry.flow = previous;
      throw error;
    });
  }

  /**
   * Removes a flow. Memory changes at once; the promise settles once the data file no longer
   * holds it; if that write fails, the flow comes back and the promise rejects.
   */
  delete(id: string): Promise<void> {
    const entry = this.#flows.get(id);
    if (!entry) return Promise.reject(new SandboxConfigError(`flow ${id} does not exist`));
    this.#flows.delete(id);
    return this.#persist().catch((error: unknown) => {
      if (!this.#flows.has(id)) this.#flows.set(id, entry);
      throw error;
    });
  }

  /** Marks or unmarks a flow as having active users. */
  setActiveUsers(id: string, activeUsers: boolean): Promise<void> {
    const entry = this.#flows.get(id);
    if (!entry) return Promise.reject(new SandboxConfigError(`flow ${id} does not exist`));
    entry.activeUsers = activeUsers;
    return this.#persist();
  }

  /** Settles once every write started so far has finished. */
  flush(): Promise<void> {
    return this.#writing;
  }

  #persist(): Promise<void> {
    const file = this.#dataFile;
    if (!file) return Promise.resolve();
    // Writes run one after another; each serializes the state when it starts, so the last
    // write to finish holds every change.
    const run = this.#writing.then(() => writeFileAtomic(file, `${JSON.stringify({ flows: [...this.#flows.values()] } satisfies DataFile, null, 2)}\n`));
    this.#writing = run.catch(() => undefined);
    return run;
  }
}
