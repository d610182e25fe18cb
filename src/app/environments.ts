import { stat } from 'node:fs/promises';
import nodePath from 'node:path';
import { environmentMembership, type Membership } from '../config/membership.js';
import { environmentPatterns, reportOrder } from '../config/select-environment.js';
import type { RepositoryConfig } from '../config/types.js';
import { summarize } from '../files/validate-files.js';
import type { EnvironmentReport, PlanResult, RunReport, ValidateReport } from '../reports/types.js';
import { plan, type PlanSettings } from './plan.js';
import { validate, type ValidateSettings } from './validate.js';

/** The folder of shared definitions (id-less bases), beside the config, checked with every environment. */
export const SHARED_FOLDER = 'flows';

/** Every environment's files, and the shared folder when there is one: what a run without --env covers. */
export async function allEnvironmentPatterns(config: RepositoryConfig, cwd: string): Promise<string[]> {
  const patterns = config.environments.flatMap((environment) => environmentPatterns(config, environment, cwd));
  const shared = nodePath.join(config.root, SHARED_FOLDER);
  if ((await stat(shared).catch(() => undefined))?.isDirectory()) patterns.push(nodePath.relative(cwd, shared).split(nodePath.sep).join('/') || '.');
  return patterns;
}

function splitValidation(validation: ValidateReport, member: Membership, name: string | undefined): ValidateReport {
  return summarize(validation.files.filter((file) => member(file.path) === name));
}

function splitPlan(result: PlanResult, member: Membership, name: string): PlanResult {
  const mine = <T extends { path: string }>(items: readonly T[]) => items.filter((item) => member(item.path) === name);
  return {
    report: { ...result.report, flows: mine(result.report.flows), files: mine(result.report.files) },
    before: mine(result.before),
    after: mine(result.after),
    ...(result.live ? { live: result.live } : {}),
  };
}

/**
 * A run's report split per environment, production first: each file and each flow belongs to
 * the environment whose files name it (the loader makes that one at most), so a change to a
 * shared base shows in every environment whose flows extend it, with that environment's ids.
 */
export async function splitByEnvironment(report: RunReport, config: RepositoryConfig, cwd: string): Promise<RunReport> {
  const member = await environmentMembership(config, cwd);
  const environments: EnvironmentReport[] = reportOrder(config.environments).map((environment) => ({
    name: environment.name,
    apiUrl: environment.apiUrl,
    validation: splitValidation(report.validation, member, environment.name),
    ...(report.plan ? { plan: splitPlan(report.plan, member, environment.name) } : {}),
  }));
  const shared = splitValidation(report.validation, member, undefined);
  // A flow (a file with an id) that no environment claims is checked, but no sync sends it.
  const strays = shared.files.filter((file) => file.id !== null).map((file) => `${file.path} (${file.id}) has an id but belongs to no environment of flowkeeper.yaml, so no sync sends it; list it under an environment's files, or drop its id to make it a base`);
  return { ...report, environments, shared, notes: [...report.notes, ...strays] };
}

/** `validate` over every environment and the shared files, reported per environment. */
export async function validateEnvironments(settings: Omit<ValidateSettings, 'patterns'>, config: RepositoryConfig): Promise<RunReport> {
  const patterns = await allEnvironmentPatterns(config, settings.cwd);
  return splitByEnvironment(await validate({ ...settings, patterns }), config, settings.cwd);
}

/** `plan` over every environment and the shared files (against a git ref), reported per environment. */
export async function planEnvironments(settings: Omit<PlanSettings, 'patterns'>, config: RepositoryConfig): Promise<RunReport> {
  const patterns = await allEnvironmentPatterns(config, settings.cwd);
  return splitByEnvironment(await plan({ ...settings, patterns }), config, settings.cwd);
}
