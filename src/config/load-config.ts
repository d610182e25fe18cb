import nodePath from 'node:path';
import type { ErrorObject } from 'ajv';
import { parseApiUrl } from '../api/api-url.js';
import { canonicalFlowId } from '../api/flow-id.js';
import { dedupeDiagnostics, diagnostic, type Diagnostic } from '../engine/diagnostic.js';
import { mapSchemaErrors } from '../engine/error-mapping.js';
import { describeType, isObject, quote } from '../engine/json.js';
import { discoverFlowFiles } from '../files/discover.js';
import { loadFlowFile } from '../files/load.js';
import { isRefusal, workingTreeReader } from '../files/reader.js';
import { validateConfigFileSchema } from '../generated/validator-types.js';
import { decodeFlowFile } from '../parse/decode.js';
import { placeInFile } from '../parse/locate.js';
import { parseYaml } from '../parse/parse-yaml.js';
import type { ParsedSource } from '../parse/parsed-source.js';
import type { FileResult } from '../reports/types.js';
import { CONFIG_FILE_NAME, findConfig } from './find-config.js';
import type { EnvironmentConfig, RepositoryConfig } from './types.js';

export { CONFIG_FILE_NAME } from './find-config.js';

/** An environment's name: a letter, then letters, digits, `_` or `-` (it is typed as `--env NAME`). */
export const ENVIRONMENT_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** The repository config as read: the config when it is sound, else the findings (none: no file). */
export interface ConfigLoad {
  /** Undefined when there is no config file, or when it has problems. */
  config: RepositoryConfig | undefined;
  /** The config file's findings, positioned; a config with any is a usage error (exit 2). */
  problems: FileResult[];
}

/** Relative to the working directory, with `/` separators, as every report shows paths. */
function displayPath(absolutePath: string, cwd: string): string {
  return nodePath.relative(cwd, absolutePath).split(nodePath.sep).join('/') || nodePath.basename(absolutePath);
}

/** Environment names are checked in code, where the finding can sit on the key; the schema's propertyNames is for editors. */
function withoutNameErrors(errors: readonly ErrorObject[] | null | undefined): ErrorObject[] {
  return (errors ?? []).filter((e) => e.keyword !== 'propertyNames' && e.propertyName === undefined);
}

/** Findings that need more than the schema: names, URLs, files claimed twice, ids shared. */
async function environmentProblems(value: Record<string, unknown>, folder: string, cwd: string): Promise<Diagnostic[]> {
  const problems: Diagnostic[] = [];
  const environments = isObject(value.environments) ? value.environments : {};
  const claims = new Map<string, string>();
  const ids = new Map<string, { env: string; path: string }>();
  for (const [name, entry] of Object.entries(environments)) {
    const at = `environments.${name}`;
    if (!ENVIRONMENT_NAME.test(name)) {
      problems.push(diagnostic(at, name === ''
        ? 'an environment name is empty; expected an identifier such as staging or production'
        : `the environment name ${quote(name)} is not an identifier; expected a letter, then letters, digits, _ or - (such as staging or production)`, 'environment-name'));
    }
    if (!isObject(entry)) continue;
    if (typeof entry.apiUrl === 'string' && entry.apiUrl !== '') {
      try {
        parseApiUrl(entry.apiUrl);
      } catch (error) {
        problems.push(diagnostic(`${at}.apiUrl`, `${at}.${(error as Error).message}`, 'api-url'));
      }
    }
    if (!Array.isArray(entry.files)) continue;
    for (const [index, pattern] of entry.files.entries()) {
      if (typeof pattern !== 'string' || pattern === '') continue;
      const field = `${at}.files.${index}`;
      const absolute = nodePath.resolve(folder, pattern);
      const inside = nodePath.relative(folder, absolute);
      if (inside.startsWith('..') || nodePath.isAbsolute(inside)) {
        problems.push(diagnostic(field, `${field} is ${quote(pattern)}, outside the config's folder; expected a path inside the repository`, 'files'));
        continue;
      }
      let found: string[];
      try {
        found = await discoverFlowFiles([pattern], folder);
      } catch {
        problems.push(diagnostic(field, `${field} is ${quote(pattern)}: no such file or folder, and no flow files match it`, 'path-not-found'));
        continue;
      }
      for (const file of found) {
        const shown = displayPath(file, cwd);
        const owner = claims.get(file);
        if (owner !== undefined && owner !== name) {
          problems.push(diagnostic(field, `${field} claims ${shown}, which environment ${owner} claims too; a flow file belongs to one environment (put what they share in a base both extend)`, 'environment-overlap'));
          continue;
        }
        claims.set(file, name);
        const id = await fileId(file, shown);
        if (id === null) continue;
        const other = ids.get(id);
        if (other !== undefined && other.env !== name) {
          problems.push(diagnostic(field, `${shown} has the flow id ${quote(id)}, which ${other.path} of environment ${other.env} has too; each environment is its own project, with its own ids`, 'environment-shared-id'));
        } else if (other === undefined) {
          ids.set(id, { env: name, path: shown });
        }
      }
    }
  }
  return problems;
}

/**
 * A flow file's id, canonical; null for a base, or a file that cannot be read (validate reports
 * it). Read as validate reads it: a FIFO, a device or an oversized file is refused, not read.
 */
async function fileId(absolutePath: string, shown: string): Promise<string | null> {
  const bytes = await workingTreeReader.read(absolutePath).catch(() => undefined);
  if (bytes === undefined || isRefusal(bytes)) return null;
  const id = loadFlowFile(bytes, absolutePath, shown).id;
  return id === null ? null : canonicalFlowId(id);
}

/** The checked config, its environments in the order the file lists them. */
function configOf(value: Record<string, unknown>, path: string, folder: string): RepositoryConfig {
  const environments: EnvironmentConfig[] = Object.entries(value.environments as Record<string, Record<string, unknown>>).map(([name, entry]) => ({
    name,
    apiUrl: entry.apiUrl as string,
    tokenEnv: entry.tokenEnv as string,
    files: [...(entry.files as string[])],
    ...(typeof entry.maxChangeShare === 'number' ? { maxChangeShare: entry.maxChangeShare } : {}),
  }));
  return { path, root: folder, environments };
}

/** A name's finding sits on the name (the key), not on the environment it names. */
function placeOnKey(d: Diagnostic, source: ParsedSource, shown: string): Diagnostic {
  const name = d.field.slice('environments.'.length);
  const located = source.find(['environments', name]);
  return { ...d, file: shown, ...source.position(located.depth === 2 ? (located.keyOffset ?? located.valueOffset) : located.valueOffset) };
}

function resultOf(path: string, diagnostics: Diagnostic[]): FileResult[] {
  const errors = dedupeDiagnostics(diagnostics).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return errors.length === 0 ? [] : [{ path, id: null, valid: false, errors, warnings: [] }];
}

/**
 * Finds and checks the repository config: the nearest `flowkeeper.yaml` from `cwd` up to `root`
 * (the git root). No file: no config and no problems, and every command works as without one.
 * A file with problems gives no config, and its findings positioned as a flow file's are
 * (syntax, unknown keys with did-you-mean, wrong types, names, files claimed by two
 * environments, flow ids two environments share).
 */
export async function loadRepositoryConfig(options: {
  cwd: string;
  root: string;
  /** The config's path when the caller has looked for it already (findConfig); undefined: look for it here. */
  found?: string;
}): Promise<ConfigLoad> {
  const path = options.found ?? (await findConfig(options.cwd, options.root));
  if (path === undefined) return { config: undefined, problems: [] };
  const shown = displayPath(path, options.cwd);
  const atFile = (message: string, rule: string): ConfigLoad => ({ config: undefined, problems: resultOf(shown, [{ ...diagnostic('', message, rule), file: shown, line: 1, column: 1 }]) });
  // Read as a flow file is: a FIFO, a device or an oversized file is refused, never read.
  const bytes = await workingTreeReader.read(path).catch((error: NodeJS.ErrnoException) => error);
  if (bytes === undefined) return { config: undefined, problems: [] };
  if (isRefusal(bytes)) return atFile(bytes.refused, bytes.rule);
  if (bytes instanceof Error) return atFile(`cannot read ${CONFIG_FILE_NAME} (${bytes.code ?? bytes.message})`, 'file');
  const decoded = decodeFlowFile(bytes);
  if (!decoded.ok) return { config: undefined, problems: resultOf(shown, [{ ...decoded.problem, file: shown }]) };
  const text = decoded.text.replace(/\r(?!\n)/g, '\n');
  const source: ParsedSource = parseYaml(text);
  const layer = { path: shown, source };
  if (source.problems.some((d) => d.severity === 'error')) return { config: undefined, problems: resultOf(shown, source.problems.map((d) => ({ ...d, file: shown }))) };
  const value = source.value;
  if (!isObject(value)) {
    const message = value === null || value === undefined
      ? `${CONFIG_FILE_NAME} is empty; expected a mapping with environments`
      : `${CONFIG_FILE_NAME} holds ${quote(value)} (${describeType(value)}); expected a mapping with environments`;
    return { config: undefined, problems: resultOf(shown, [placeInFile(diagnostic('', message, 'type'), layer)]) };
  }
  validateConfigFileSchema(value);
  const folder = nodePath.dirname(path);
  const problems = [
    ...mapSchemaErrors(withoutNameErrors(validateConfigFileSchema.errors), 'the config'),
    ...(await environmentProblems(value, folder, options.cwd)),
  ].map((d) => (d.rule === 'environment-name' ? placeOnKey(d, source, shown) : placeInFile(d, layer)));
  if (problems.length > 0) return { config: undefined, problems: resultOf(shown, problems) };
  return { config: configOf(value, path, folder), problems: [] };
}
