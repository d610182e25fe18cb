import { readFile } from 'node:fs/promises';
import { SandboxConfigError } from './errors.js';
import { isFlowId } from '../api/flow-id.js';
import { applyPatch } from '../engine/merge.js';
import { cloneJson, isObject } from '../engine/json.js';
import type { Flow } from '../generated/types.js';
import { writeFileAtomic } from '../files/atomic-write.js';

/**
 * What the vendor's GET shows of a flow beyond what a PUT can write (see the vendor API notes):
 * its parent project (a 24-hex id), its name and its description. PUT never changes them.
 */
export interface FlowMeta {
  project?: string;
  name?: string;
  description?: string;
}

/** The keys of {@link FlowMeta}, in the order a GET shows them after `_id`. */
export const FLOW_META_KEYS = ['project', 'name', 'description'] as const;

/**
 * A flow to start with. `flow` may be partial: missing fields take their documented defaults.
 * `project`, `name` and `description` may be given beside `flow` or inside it (a flow as a GET
 * shows it); beside it wins.
 */
export interface SeedFlow extends FlowMeta {
  id: string;
  flow: unknown;
  /** When true, every PUT to this flow is refused with 409. */
  activeUsers?: boolean;
}

/** A flow as the store holds it: the flow a PUT merges onto, and the fields a PUT cannot write. */
export interface StoredFlow extends FlowMeta {
  id: string;
  flow: Flow;
  activeUsers: boolean;
}

/** A project to name (projects are otherwise known only through their flows' `project`). */
export interface SeedProject {
  id: string;
  name?: string;
}

/** A project as `GET /v3/projects/{id}` answers it. */
export interface ProjectView {
  _id: string;
  name?: string;
  /** The ids of the project's flows, in the store's order. */
  projectFlows: string[];
}

/** How the store starts. */
export interface FlowStoreOptions {
  seed?: readonly SeedFlow[];
  /** Projects to name; a project is known when a flow names it or when it is listed here. */
  projects?: readonly SeedProject[];
  /** JSON file to load at start (when it exists) and to rewrite atomically after each change. */
  dataFile?: string;
  /** Epoch ms, for the createdAt/updatedAt of seeds that lack them. */
  now?: () => number;
}

/** The data file's layout. */
interface DataFile {
  flows: StoredFlow[];
  projects?: SeedProject[];
}

/** The seed's project, name and description, checked: from beside the flow, else from inside it. */
function metaOf(seed: SeedFlow, flow: Record<string, unknown>): FlowMeta {
  const meta: FlowMeta = {};
  for (const key of FLOW_META_KEYS) {
    const value = seed[key] ?? flow[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new SandboxConfigError(`seed flow ${seed.id}: ${key} is ${JSON.stringify(value)}; expected a string`);
    if (key === 'project' && !isFlowId(value)) throw new SandboxConfigError(`seed flow ${seed.id}: project ${JSON.stringify(value)} is not valid; expected 24 hexadecimal characters`);
    meta[key] = key === 'project' ? value.toLowerCase() : value;
  }
  return meta;
}

function normalize(seed: SeedFlow, nowIso: string): StoredFlow {
  if (!isFlowId(seed.id)) throw new SandboxConfigError(`seed flow id ${JSON.stringify(seed.id)} is not valid; expected 24 hexadecimal characters`);
  if (!isObject(seed.flow)) throw new SandboxConfigError(`seed flow ${seed.id} is not an object`);
  const meta = metaOf(seed, seed.flow);
  // Kept beside the flow, not in it: the engine judges the flow a PUT merges onto, and these
  // are not fields of a flow it knows.
  const given: Record<string, unknown> = { ...seed.flow };
  for (const key of FLOW_META_KEYS) delete given[key];
  // applyPatch with an empty patch fills every documented default and keeps server-owned keys.
  const flow = applyPatch(given, {});
  flow._id = seed.id;
  flow.createdAt ??= nowIso;
  flow.updatedAt ??= flow.createdAt;
  return { id: seed.id, ...meta, flow, activeUsers: seed.activeUsers === true };
}

function checkedProject(project: unknown): SeedProject {
  const id = isObject(project) ? project.id : undefined;
  if (!isFlowId(id)) throw new SandboxConfigError(`sandbox project id ${JSON.stringify(id)} is not valid; expected 24 hexadecimal characters`);
  const name = (project as SeedProject).name;
  if (name !== undefined && typeof name !== 'string') throw new SandboxConfigError(`sandbox project ${id}: name is ${JSON.stringify(name)}; expected a string`);
  return { id: id.toLowerCase(), ...(name === undefined ? {} : { name }) };
}

async function load(dataFile: string): Promise<{ flows: unknown[]; projects: unknown[] } | undefined> {
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
  return { flows: parsed.flows, projects: Array.isArray(parsed.projects) ? parsed.projects : [] };
}

/**
 * The sandbox's flows, in memory and optionally in a JSON file. Changes land in memory at once
 * (so concurrent PUTs never lose one another's update) and are written in order, each write
 * holding everything changed so far.
 */
export class FlowStore {
  readonly #flows = new Map<string, StoredFlow>();
  readonly #projects = new Map<string, SeedProject>();
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
    for (const entry of saved?.flows ?? []) {
      const seed = isObject(entry) ? { ...(entry as unknown as SeedFlow), activeUsers: entry.activeUsers === true } : { id: '', flow: undefined };
      store.#add(normalize(seed, nowIso));
    }
    for (const project of [...(saved?.projects ?? []), ...(options.projects ?? [])]) {
      const checked = checkedProject(project);
      store.#projects.set(checked.id, { ...store.#projects.get(checked.id), ...checked });
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

  /** The flow as `GET /v3/project-flows/{id}` answers it: with its project, name and description after `_id`. */
  read(id: string): Record<string, unknown> | undefined {
    const entry = this.#flows.get(id);
    if (!entry) return undefined;
    const { _id, ...rest } = cloneJson(entry.flow);
    const meta: FlowMeta = {};
    for (const key of FLOW_META_KEYS) if (entry[key] !== undefined) meta[key] = entry[key];
    return { _id, ...meta, ...rest };
  }

  /**
   * A project as `GET /v3/projects/{id}` answers it, or undefined when no flow names it and it
   * was not listed. Ids are compared in lower case, as the server compares ObjectIds.
   */
  project(id: string): ProjectView | undefined {
    const key = id.toLowerCase();
    const flows = [...this.#flows.values()].filter((entry) => entry.project === key).map((entry) => entry.id);
    const named = this.#projects.get(key);
    if (!named && flows.length === 0) return undefined;
    return { _id: key, ...(named?.name === undefined ? {} : { name: named.name }), projectFlows: flows };
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

  #dataFileContent(): DataFile {
    const projects = [...this.#projects.values()];
    return { flows: [...this.#flows.values()], ...(projects.length ? { projects } : {}) };
  }

  #persist(): Promise<void> {
    const file = this.#dataFile;
    if (!file) return Promise.resolve();
    // Writes run one after another; each serializes the state when it starts, so the last
    // write to finish holds every change.
    const run = this.#writing.then(() => writeFileAtomic(file, `${JSON.stringify(this.#dataFileContent(), null, 2)}\n`, { mode: 0o600 }));
    this.#writing = run.catch(() => undefined);
    return run;
  }
}
