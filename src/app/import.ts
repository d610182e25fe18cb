import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseApiUrl } from '../api/api-url.js';
import { createFlowClient, type FlowClient } from '../api/client.js';
import { canonicalFlowId, isFlowId } from '../api/flow-id.js';
import type { RateLimit } from '../api/pacing.js';
import { createRedactor, shownApiUrl, type Redactor } from '../api/redact.js';
import type { FlowFailure } from '../api/result.js';
import type { JsonObject } from '../engine/json.js';
import { UsageError, type ExitKind } from '../errors.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { discoverFlowFiles } from '../files/discover.js';
import type { ResolvedFlow } from '../files/resolve.js';
import { validateFlowFiles } from '../files/validate-files.js';
import { takenStem, uniqueStem } from '../import/file-name.js';
import { fieldOf, updatesToMatch } from '../import/flow-content.js';
import { checkWrittenFile, checkUpdatedFile } from '../import/check-written.js';
import { EXTENSIONS, renderFlowFile, type FlowFileFormat } from '../import/render-file.js';
import { schemaReference } from '../import/schema-reference.js';
import { updateJsonText, updateYamlText } from '../import/update-file.js';
import { tokenProblem } from '../token-rules.js';
import type { SettingNames } from './settings.js';

/** How to import flows from the API into flow files. */
export interface ImportSettings {
  /** Flow ids to import, as given (each must be 24 hex characters). */
  ids: readonly string[];
  /** A project whose `projectFlows` are imported too. */
  project?: string;
  /** The folder the files go to, relative to cwd; existing flow files are looked for under it. */
  dir: string;
  cwd: string;
  /** The repository root: bases of existing files may not leave it; the schema is looked for here. */
  root: string;
  /** The format of new files; an existing file keeps its own. */
  format: FlowFileFormat;
  /** Update an existing file for an id in place, rather than refuse. */
  force: boolean;
  apiUrl: string | undefined;
  token: string | undefined;
  rate?: RateLimit;
  names: SettingNames;
}

/** How one flow's import ended. */
export type ImportOutcome = 'written' | 'updated' | 'unchanged' | 'refused' | 'failed' | 'not attempted';

/** One flow of an import report. */
export interface ImportedFlow {
  /** The id in lower case. */
  id: string;
  outcome: ImportOutcome;
  /** The file written, updated or in the way (display path, relative to cwd). */
  path?: string;
  /** Why it was refused or failed; for an update, nothing (see `fields`). */
  message?: string;
  /** The fields an update wrote, as dot paths. */
  fields?: string[];
  /** The HTTP status of a failed read. */
  httpStatus?: number;
}

/** What an import did, flow by flow. */
export interface ImportReport {
  /** The API's URL as shown (no credentials, no token). */
  apiUrl: string;
  /** The folder, as given. */
  dir: string;
  project?: { id: string; flows: number };
  flows: ImportedFlow[];
  /** Set when the run stopped early (the token was refused); the flows not read are `not attempted`. */
  stopped?: string;
  exit: ExitKind;
}

/** The id a usage error quotes, cut short so a huge argument cannot flood the message. */
function shownId(id: string): string {
  return JSON.stringify(id.length > 40 ? `${id.slice(0, 39)}…` : id);
}

function checkSettings(settings: ImportSettings): { apiUrl: string; token: string } {
  const malformed = settings.ids.filter((id) => !isFlowId(id));
  if (malformed.length > 0) {
    throw new UsageError(`${malformed.length === 1 ? 'flow id' : 'flow ids'} ${malformed.map(shownId).join(', ')} ${malformed.length === 1 ? 'is' : 'are'} not valid; expected 24 hexadecimal characters (a MongoDB ObjectId)`);
  }
  if (settings.project !== undefined && !isFlowId(settings.project)) {
    throw new UsageError(`project id ${shownId(settings.project)} is not valid; expected 24 hexadecimal characters (a MongoDB ObjectId)`);
  }
  if (settings.ids.length === 0 && settings.project === undefined) throw new UsageError('no flow to import: give flow ids, or a project with --project');
  if (!settings.apiUrl) throw new UsageError(`no API URL: set ${settings.names.apiUrl}`);
  if (!settings.token) throw new UsageError(`no API token: set ${settings.names.token}`);
  const problem = tokenProblem(settings.token);
  if (problem !== undefined) throw new UsageError(problem);
  return { apiUrl: settings.apiUrl, token: settings.token };
}

/** The flow files already under the folder, resolved, by id in lower case; and the stems taken there. */
async function existingFiles(settings: ImportSettings, dirPath: string): Promise<{ byId: Map<string, ResolvedFlow[]>; taken: Set<string> }> {
  const byId = new Map<string, ResolvedFlow[]>();
  const taken = new Set<string>();
  const info = await stat(dirPath).catch(() => undefined);
  if (!info) return { byId, taken };
  if (!info.isDirectory()) throw new UsageError(`${settings.dir} is not a folder; expected the folder the flow files go to`);
  for (const name of await readdir(dirPath)) taken.add(takenStem(name));
  const paths = await discoverFlowFiles([settings.dir], settings.cwd);
  await validateFlowFiles(paths, {
    cwd: settings.cwd,
    root: settings.root,
    onResolved: (resolved) => {
      if (resolved.file.id === null) return;
      const id = canonicalFlowId(resolved.file.id);
      byId.set(id, [...(byId.get(id) ?? []), resolved]);
    },
  });
  return { byId, taken };
}

/** Whether a read's failure means the token is not good for this API: nothing more is asked. */
function refusesToken(failure: FlowFailure): boolean {
  return failure.status === 401 || failure.status === 403;
}

function readFailure(what: string, failure: FlowFailure): string {
  if (failure.status === 404) return `${what} was not found (HTTP 404): is the id right, and is it of this API's environment?`;
  if (failure.status === 0) return `${what} could not be read: no answer (${failure.reason ?? failure.code}): ${failure.message}`;
  return `${what} could not be read (HTTP ${failure.status}): ${failure.message}`;
}

/** Everything one flow's import needs from the run around it. */
interface ImportContext {
  settings: ImportSettings;
  dirPath: string;
  existing: Map<string, ResolvedFlow[]>;
  taken: Set<string>;
  schemaFound: string | undefined;
  redact: Redactor;
}

function displayPath(settings: ImportSettings, absolutePath: string): string {
  return path.relative(settings.cwd, absolutePath).split(path.sep).join('/');
}

/**
 * Writes a file whole (a temporary file renamed over it: never half-written), making its folder
 * first when asked; says why it could not, or undefined once written.
 */
async function writeOrSay(absolutePath: string, text: string, folder?: string): Promise<string | undefined> {
  try {
    if (folder !== undefined) await mkdir(folder, { recursive: true });
    await writeFileAtomic(absolutePath, text);
    return undefined;
  } catch (error) {
    return `cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

/** Updates an existing file in place with the fields whose resolved value differs from the server's. */
async function updateInPlace(ctx: ImportContext, id: string, resolved: ResolvedFlow, serverFlow: JsonObject): Promise<ImportedFlow> {
  const shown = resolved.file.path;
  const updates = updatesToMatch(resolved.flow as unknown as JsonObject, serverFlow);
  if (updates.length === 0) return { id, outcome: 'unchanged', path: shown };
  const text = await readFile(resolved.file.absolutePath, 'utf8');
  const isJson = /\.json$/i.test(resolved.file.absolutePath);
  const updated = isJson ? updateJsonText(text, updates) : updateYamlText(text, updates);
  if (typeof updated !== 'string') return { id, outcome: 'failed', path: shown, message: `${shown} cannot be updated in place: ${updated.refused}` };
  const problem = checkUpdatedFile(updated, resolved.file.absolutePath, shown, updates);
  if (problem !== undefined) return { id, outcome: 'failed', path: shown, message: `${shown} was left as it was: ${problem}` };
  const failed = await writeOrSay(resolved.file.absolutePath, updated);
  if (failed) return { id, outcome: 'failed', path: shown, message: `${shown} was left as it was: ${failed}` };
  return { id, outcome: 'updated', path: shown, fields: updates.map(fieldOf) };
}

/** Writes a new file for the flow, named from its name (or id), unique in the folder. */
async function writeNew(ctx: ImportContext, id: string, serverId: string, serverFlow: JsonObject): Promise<ImportedFlow> {
  const name = typeof serverFlow.name === 'string' ? serverFlow.name : undefined;
  const stem = uniqueStem(name, id, ctx.taken);
  const absolutePath = path.join(ctx.dirPath, `${stem}${EXTENSIONS[ctx.settings.format]}`);
  const shown = displayPath(ctx.settings, absolutePath);
  const schema = schemaReference(ctx.dirPath, ctx.schemaFound);
  const text = renderFlowFile({ id: serverId, ...(name === undefined ? {} : { name }), schema, flow: serverFlow }, ctx.settings.format);
  const problem = checkWrittenFile(text, absolutePath, shown, serverId, serverFlow);
  if (problem !== undefined) return { id, outcome: 'failed', path: shown, message: `${shown} was not written: ${problem}` };
  const failed = await writeOrSay(absolutePath, text, ctx.dirPath);
  if (failed) return { id, outcome: 'failed', path: shown, message: `${shown} was not written: ${failed}` };
  return { id, outcome: 'written', path: shown };
}

/** One flow: read, then write a new file, update the existing one, or refuse. */
async function importOne(ctx: ImportContext, client: FlowClient, id: string): Promise<ImportedFlow | FlowFailure> {
  const answer = await client.getFlow(id);
  if (!answer.ok) {
    if (refusesToken(answer)) return answer;
    return { id, outcome: 'failed', message: readFailure(`flow ${id}`, answer), httpStatus: answer.status };
  }
  const serverFlow = answer.data as unknown as JsonObject;
  // A value echoing the token would put it in a file meant for git: the flow is not written.
  const asText = JSON.stringify(serverFlow);
  if (ctx.redact(asText) !== asText) return { id, outcome: 'failed', message: `flow ${id} as the API holds it contains the API token; nothing was written` };
  const files = ctx.existing.get(id) ?? [];
  if (files.length > 1) {
    return { id, outcome: 'refused', path: files[0]!.file.path, message: `flow ${id} is in more than one file (${files.map((f) => f.file.path).join(', ')}); keep one, then import again` };
  }
  const file = files[0];
  if (file && !ctx.settings.force) {
    return { id, outcome: 'refused', path: file.file.path, message: `${file.file.path} already holds flow ${id}; pass --force to update it in place with what the server holds` };
  }
  // The id as the server spells it; the report and the comparisons use lower case.
  const serverId = typeof serverFlow._id === 'string' && isFlowId(serverFlow._id) ? serverFlow._id : id;
  return file ? updateInPlace(ctx, id, file, serverFlow) : writeNew(ctx, id, serverId, serverFlow);
}

/** The schema file a `$schema` reference can point at: the installed package's, else the repository's own. */
async function findSchema(root: string): Promise<string | undefined> {
  for (const candidate of [path.join(root, 'node_modules', 'flowkeeper', 'schema', 'flow-file.schema.json'), path.join(root, 'schema', 'flow-file.schema.json')]) {
    if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
  }
  return undefined;
}

function exitOf(flows: readonly ImportedFlow[], stopped: string | undefined): ExitKind {
  if (stopped !== undefined || flows.some((f) => f.outcome === 'failed')) return 'failure';
  return flows.some((f) => f.outcome === 'refused') ? 'findings' : 'ok';
}

/**
 * Reads flows from the API (one GET each, one at a time, paced) and writes one flow file per
 * flow into the folder: a new file named from the flow's name, or, with `force`, the existing
 * file for that id updated in place. Malformed ids are a usage error before any request; a
 * refused token stops the run at once.
 */
export async function importFlows(settings: ImportSettings): Promise<ImportReport> {
  const { apiUrl, token } = checkSettings(settings);
  const redact = createRedactor([token]);
  // Checked here too, so that a bad URL is named as the user gave it (the client says `apiUrl`).
  parseApiUrl(apiUrl, redact, settings.names.apiUrl);
  const client = createFlowClient({ apiUrl, token, ...(settings.rate ? { rate: settings.rate } : {}) });
  const dirPath = path.resolve(settings.cwd, settings.dir);
  const report: ImportReport = { apiUrl: shownApiUrl(apiUrl, redact), dir: settings.dir, flows: [], exit: 'ok' };
  const stop = (failure: FlowFailure): string =>
    `the API refused the token (HTTP ${failure.status}: ${failure.message}); check ${settings.names.token}, and ${settings.names.apiUrl}; no further request was sent`;
  try {
    const { byId, taken } = await existingFiles(settings, dirPath);
    const ids = settings.ids.map(canonicalFlowId);
    if (settings.project !== undefined) {
      const project = canonicalFlowId(settings.project);
      const answer = await client.getProject(project);
      if (!answer.ok) {
        report.stopped = refusesToken(answer) ? stop(answer) : readFailure(`project ${project}`, answer);
        report.flows = [...new Set(ids)].map((id) => ({ id, outcome: 'not attempted' }));
        return { ...report, exit: 'failure' };
      }
      const listed = Array.isArray(answer.data.projectFlows) ? answer.data.projectFlows.filter(isFlowId).map(canonicalFlowId) : [];
      report.project = { id: project, flows: listed.length };
      ids.push(...listed);
    }
    const ctx: ImportContext = { settings, dirPath, existing: byId, taken, schemaFound: await findSchema(settings.root), redact };
    const unique = [...new Set(ids)];
    for (const [index, id] of unique.entries()) {
      const result = await importOne(ctx, client, id);
      if ('outcome' in result) {
        report.flows.push(result);
        continue;
      }
      report.stopped = stop(result);
      report.flows.push({ id, outcome: 'failed', message: `flow ${id} could not be read: the API refused the token (HTTP ${result.status})`, httpStatus: result.status });
      report.flows.push(...unique.slice(index + 1).map((rest) => ({ id: rest, outcome: 'not attempted' as const })));
      break;
    }
    return { ...report, exit: exitOf(report.flows, report.stopped) };
  } finally {
    await client.close();
  }
}
