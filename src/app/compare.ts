import path from 'node:path';
import { diffBodies } from '../engine/diff.js';
import { hasOwn, isObject } from '../engine/json.js';
import { closest } from '../engine/suggest.js';
import { UsageError } from '../errors.js';
import type { EnvironmentConfig, RepositoryConfig } from '../config/types.js';
import { discoverFlowFiles, isGlob } from '../files/discover.js';
import { globFolder } from '../files/match-paths.js';
import type { ResolvedFlow } from '../files/resolve.js';
import { validateFlowFiles } from '../files/validate-files.js';
import type { ComparedFlow, ComparedSide, CompareReport, FieldDifference, OneSidedFlow } from '../reports/compare.js';
import { compareText } from '../reports/order.js';
import type { FileResult } from '../reports/types.js';

/** The part of an environment that `compare` reads: its name and its flow files. */
export type EnvironmentFiles = Pick<EnvironmentConfig, 'name' | 'files'>;

/** What to compare. */
export interface CompareSettings {
  a: EnvironmentFiles;
  b: EnvironmentFiles;
  /** Display paths are relative to this folder. */
  cwd: string;
  /** The config's folder (the repository root): `files` are relative to it, and bases may not leave it. */
  root: string;
}

/**
 * The two environments `compare` names, from the config. An unknown name, or the same one twice,
 * is a usage error; the message names the known environments and the likely one (a near miss,
 * or the one name it begins, as `prod` for `production`). `cwd` is where the config path is shown from.
 */
export function pickEnvironments(config: RepositoryConfig, names: readonly [string, string], cwd: string): [EnvironmentConfig, EnvironmentConfig] {
  const known = config.environments.map((environment) => environment.name);
  const shownConfig = path.relative(cwd, config.path).split(path.sep).join('/');
  const pick = (name: string): EnvironmentConfig => {
    const found = config.environments.find((environment) => environment.name === name);
    if (found) return found;
    const begun = name === '' ? [] : known.filter((k) => k.toLowerCase().startsWith(name.toLowerCase()));
    const guess = closest(name, known) ?? (begun.length === 1 ? begun[0] : undefined);
    const list = known.length === 0 ? 'it defines none' : `expected one of ${known.map((k) => JSON.stringify(k)).join(', ')}`;
    throw new UsageError(`no environment ${JSON.stringify(name)} in ${shownConfig}; ${list}${guess === undefined ? '' : `; did you mean ${JSON.stringify(guess)}?`}`, { code: 'unknown-environment' });
  };
  const [a, b] = [pick(names[0]), pick(names[1])];
  if (a === b) throw new UsageError(`compare needs two different environments; got ${JSON.stringify(a.name)} twice`);
  return [a, b];
}

/**
 * The key that pairs a flow file across environments: its path inside the `files` entry that
 * found it. Under a folder entry, the path below that folder (`envs/staging/kyc/retail.yaml` under
 * `envs/staging` is `kyc/retail.yaml`); for a file entry, its file name; under a glob, the path
 * below the glob's folder (the part before the first wildcard). Always `/` separators.
 */
export function pairKey(entry: string, absolutePath: string, root: string): string {
  const named = path.resolve(root, entry);
  const folder = isGlob(entry) ? path.resolve(root, globFolder(entry)) : absolutePath === named ? path.dirname(named) : named;
  return path.relative(folder, absolutePath).split(path.sep).join('/');
}

/** An environment's files: its flows and bases by key, and every one of them (to validate, once each). */
interface EnvironmentFlows {
  byKey: Map<string, string>;
  own: Set<string>;
}

/** Finds an environment's files, entry by entry, each under the key of the first entry naming it. */
async function environmentFlows(environment: EnvironmentFiles, root: string): Promise<EnvironmentFlows> {
  const byKey = new Map<string, string>();
  const own = new Set<string>();
  for (const entry of environment.files) {
    for (const absolutePath of await discoverFlowFiles([entry], root)) {
      if (own.has(absolutePath)) continue;
      own.add(absolutePath);
      const key = pairKey(entry, absolutePath, root);
      const taken = byKey.get(key);
      if (taken !== undefined) {
        const shown = (p: string) => JSON.stringify(path.relative(root, p).split(path.sep).join('/'));
        throw new UsageError(`environment ${JSON.stringify(environment.name)} has two files that pair as ${JSON.stringify(key)}: ${shown(taken)} and ${shown(absolutePath)}; expected one file per path inside the environment's folders`);
      }
      byKey.set(key, absolutePath);
    }
  }
  return { byKey, own };
}

/**
 * Whether a layer declares the field at this dot path: it holds the path, or a part of it given
 * whole (a list or a value, which a merge replaces entirely, so everything inside it comes from
 * that layer).
 */
export function declaresField(layer: unknown, field: string): boolean {
  let value = layer;
  for (const key of field.split('.')) {
    if (!isObject(value)) return true;
    if (!hasOwn(value, key)) return false;
    value = value[key];
  }
  return true;
}

function sideOf(resolved: ResolvedFlow): ComparedSide {
  return { path: resolved.file.path, id: resolved.file.id ?? '', bases: resolved.layers.slice(0, -1).map((layer) => layer.path) };
}

function difference(field: string, a: unknown, b: unknown, weakens: boolean): FieldDifference {
  return { field, ...(a === undefined ? {} : { a }), ...(b === undefined ? {} : { b }), weakens };
}

/**
 * How two resolved flows differ, split into what their environments declare on purpose (the id,
 * and every field that either flow file itself declares) and everything else. The layers below
 * the flow file do not count, even a base inside the environment's folder: a copy of a shared
 * base that drifted from the original is exactly the accident this is meant to catch.
 */
export function compareFlows(key: string, a: ResolvedFlow, b: ResolvedFlow): ComparedFlow {
  const intended: FieldDifference[] = a.file.id === b.file.id ? [] : [difference('id', a.file.id, b.file.id, false)];
  const accidental: FieldDifference[] = [];
  for (const change of diffBodies(a.flow, b.flow)) {
    const onPurpose = declaresField(a.file.layer, change.field) || declaresField(b.file.layer, change.field);
    (onPurpose ? intended : accidental).push(difference(change.field, change.before, change.after, change.weakens));
  }
  return { key, a: sideOf(a), b: sideOf(b), intended, accidental };
}

function oneSided(key: string, result: FileResult, resolved: ResolvedFlow | undefined): OneSidedFlow {
  return { key, flow: resolved ? sideOf(resolved) : { path: result.path, id: result.id ?? '', bases: [] } };
}

/**
 * Compares the resolved flows of two environments, paired by their path inside each
 * environment's folders (see {@link pairKey}). Every file of both is validated as `validate`
 * would; a pair where either flow has errors is not compared. Files are findings, never
 * exceptions; an entry that matches nothing is a usage error.
 */
export async function compareEnvironments(settings: CompareSettings): Promise<CompareReport> {
  const [envA, envB] = [await environmentFlows(settings.a, settings.root), await environmentFlows(settings.b, settings.root)];
  const resolvedByPath = new Map<string, ResolvedFlow>();
  const all = [...new Set([...envA.own, ...envB.own])].sort();
  const validation = await validateFlowFiles(all, { cwd: settings.cwd, root: settings.root, onResolved: (resolved) => resolvedByPath.set(resolved.file.absolutePath, resolved) });
  const resultByPath = new Map(all.map((absolutePath, index) => [absolutePath, validation.files[index]!]));
  // Only flows (files with an id) pair; bases are checked above and reached through the flows.
  const flowsOf = (environment: EnvironmentFlows) => new Map([...environment.byKey].filter(([, p]) => resultByPath.get(p)?.id != null));
  const [flowsA, flowsB] = [flowsOf(envA), flowsOf(envB)];
  const flows: ComparedFlow[] = [];
  const onlyInA: OneSidedFlow[] = [];
  const onlyInB: OneSidedFlow[] = [];
  for (const [key, pathA] of flowsA) {
    const pathB = flowsB.get(key);
    if (pathB === undefined) {
      onlyInA.push(oneSided(key, resultByPath.get(pathA)!, resolvedByPath.get(pathA)));
      continue;
    }
    const [resolvedA, resolvedB] = [resolvedByPath.get(pathA), resolvedByPath.get(pathB)];
    if (!resolvedA || !resolvedB || !resultByPath.get(pathA)!.valid || !resultByPath.get(pathB)!.valid) continue;
    flows.push(compareFlows(key, resolvedA, resolvedB));
  }
  for (const [key, pathB] of flowsB) if (!flowsA.has(key)) onlyInB.push(oneSided(key, resultByPath.get(pathB)!, resolvedByPath.get(pathB)));
  const byKey = (x: { key: string }, y: { key: string }) => compareText(x.key, y.key);
  flows.sort(byKey);
  onlyInA.sort(byKey);
  onlyInB.sort(byKey);
  const count = (pick: (flow: ComparedFlow) => number) => flows.reduce((sum, flow) => sum + pick(flow), 0);
  return {
    a: settings.a.name,
    b: settings.b.name,
    flows,
    onlyInA,
    onlyInB,
    validation,
    summary: {
      paired: flows.length,
      differing: flows.filter((flow) => flow.accidental.length > 0).length,
      intendedFields: count((flow) => flow.intended.length),
      accidentalFields: count((flow) => flow.accidental.length),
      weakening: count((flow) => [...flow.intended, ...flow.accidental].filter((d) => d.weakens).length),
      onlyInA: onlyInA.length,
      onlyInB: onlyInB.length,
      invalidFiles: validation.summary.invalid,
    },
  };
}

/**
 * How `compare` ends: 1 when a file has errors (as `validate`), 2 when the environments differ
 * beyond what they declare on purpose (an accidental difference, or a flow only one has), else 0.
 */
export function compareExitCode(report: CompareReport): 0 | 1 | 2 {
  if (report.summary.invalidFiles > 0) return 1;
  const { differing, onlyInA, onlyInB } = report.summary;
  return differing + onlyInA + onlyInB > 0 ? 2 : 0;
}
