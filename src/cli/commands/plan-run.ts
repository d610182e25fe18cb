import { createFlowClient } from '../../api/client.js';
import { createRedactor, REDACTED, redactUrl } from '../../api/redact.js';
import { diagnostic } from '../../engine/diagnostic.js';
import { UsageError } from '../../errors.js';
import { flowsInWorkingTree } from '../../plan/flow-sets.js';
import { planAgainstApi } from '../../plan/live-plan.js';
import type { FileResult, PlanReport } from '../../reports/types.js';
import { readToken } from '../options.js';
import { defaultBaseRef } from '../../git/run-git.js';
import { planFormatters } from '../../formatters/index.js';
import type { PlanFormat } from '../../formatters/names.js';
import { computePlan } from '../../plan/compute-plan.js';
import { emit, resolveBaseOption, resolveRoot, useColor, type CliIO } from '../io.js';
import { VERSION } from '../version.js';

/** Options of `flowkeeper plan`, as commander parsed them. */
export interface PlanOptions {
  base?: string;
  apiUrl?: string;
  tokenFile?: string;
  format: PlanFormat;
  output?: string;
  root?: string;
}

/** Runs `flowkeeper plan`: against a git ref, or against the live API with --api-url. */
export async function runPlan(io: CliIO, paths: string[], options: PlanOptions, setExit: (code: number) => void): Promise<void> {
  const root = await resolveRoot(io, options.root);
  const color = options.output === undefined && useColor(io.stdout, io.env);
  if (options.apiUrl !== undefined) {
    if (options.base !== undefined) throw new UsageError('--base and --api-url compare with different things; give one of them');
    const report = await livePlan(io, paths, root, options.apiUrl, options.tokenFile);
    await emit(io, planFormatters[options.format](report, { color, version: VERSION }), options.output);
    setExit(report.files.length > 0 ? 1 : 0);
    return;
  }
  const commit = options.base !== undefined ? await resolveBaseOption(io, options.base) : await defaultBaseRef(io.cwd);
  const baseLabel = options.base ?? commit ?? '(no commits)';
  const { report } = await computePlan({ patterns: paths, cwd: io.cwd, root, commit, baseLabel });
  await emit(io, planFormatters[options.format](report, { color, version: VERSION }), options.output);
  setExit(report.files.length > 0 ? 1 : 0);
}

async function livePlan(io: CliIO, paths: string[], root: string, apiUrl: string, tokenFile: string | undefined): Promise<PlanReport> {
  const token = await readToken(io, tokenFile);
  if (!token) throw new UsageError('no API token for --api-url: set FLOWKEEPER_TOKEN or pass --token-file');
  const client = createFlowClient({ apiUrl, token });
  try {
    const { validation, flows } = await flowsInWorkingTree(paths, io.cwd, root);
    const live = await planAgainstApi(flows, client);
    // Values come from the server: one that echoes the token back must not show it.
    const redact = createRedactor([token]);
    const hidesSecret = (value: unknown) => value !== undefined && redact(JSON.stringify(value) ?? '') !== (JSON.stringify(value) ?? '');
    for (const flow of live.flows) {
      flow.changes = flow.changes.map((c) => ({ ...c, ...(hidesSecret(c.before) ? { before: REDACTED } : {}), ...(hidesSecret(c.after) ? { after: REDACTED } : {}) }));
    }
    const unreadable: FileResult[] = live.unreadable.map(({ flow, message }) => ({
      path: flow.path,
      id: flow.id,
      valid: false,
      errors: [{ ...diagnostic('', `cannot read flow ${flow.id} from the API: ${message}`, 'api-read'), file: flow.path, line: 1, column: 1 }],
      warnings: [],
    }));
    return { base: `the API at ${redactUrl(apiUrl)}`, flows: live.flows, files: [...validation.files.filter((f) => f.errors.length > 0), ...unreadable] };
  } finally {
    await client.close();
  }
}
