import { parseApiUrl } from '../api/api-url.js';
import { createFlowClient } from '../api/client.js';
import { readFlows } from '../api/read-flows.js';
import { createRedactor, REDACTED, shownApiUrl } from '../api/redact.js';
import type { FlowFailure } from '../api/result.js';
import type { RetryOptions } from '../api/retry.js';
import { diffSent } from '../engine/diff.js';
import type { JsonObject } from '../engine/json.js';
import { weakensVerification } from '../engine/weakens.js';
import { countOf } from '../count-of.js';
import { ApiAuthError, UsageError } from '../errors.js';
import { ownedPart } from '../plan/live-plan.js';
import type { PlannedFlow } from '../plan/planned-flow.js';
import type { DriftChange, DriftFlow, DriftReport, RunFailure, RunReport, UnreadableFlow, ValidateReport } from '../reports/types.js';
import { tokenProblem } from '../token-rules.js';
import { flowsInWorkingTree, type FlowSource } from './flow-sets.js';
import type { SettingNames } from './settings.js';
import { verdictOf } from './verdict.js';

/** How to check the server's flows against the repository's files. */
export interface DriftSettings extends FlowSource {
  apiUrl: string | undefined;
  token: string | undefined;
  /** Drift fails the run (exit `findings`); false reports it and passes. */
  failOnDrift: boolean;
  /** Fail when there are more warnings than this; undefined: no limit. */
  maxWarnings?: number;
  /** How patiently to read a flow the server fails to show; default the client's policy. */
  retry?: Partial<RetryOptions>;
  names: SettingNames;
}

export { ApiAuthError };

/**
 * The fields where the server's flow differs from the file's PUT body, seen from the repository:
 * only the fields the body owns count (a section no file declares is the server's to keep), and
 * a change weakens when the server's value lets a person through with less than the file asks.
 */
export function driftChanges(serverFlow: unknown, body: JsonObject): DriftChange[] {
  return diffSent(ownedPart(serverFlow, body), body).map((change) => ({
    field: change.field,
    ...(change.after !== undefined ? { repository: change.after } : {}),
    ...(change.before !== undefined ? { server: change.before } : {}),
    weakens: weakensVerification(change.field, change.after, change.before),
  }));
}

function unreadableMessage(flow: PlannedFlow, answer: FlowFailure): string {
  if (answer.status === 404) return `the API has no flow ${flow.id} (HTTP 404: ${answer.message}); it was deleted there, or the file's id is wrong`;
  if (answer.status === 0) return `no answer (${answer.reason ?? answer.code}): ${answer.message}`;
  return `HTTP ${answer.status}: ${answer.message}`;
}

function driftVerdict(validation: ValidateReport, report: DriftReport, settings: DriftSettings): { exit: RunReport['exit']; failure?: RunFailure } {
  const files = verdictOf({ validation, ...(settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings }) }, settings.names);
  if (files.exit !== 'ok') return files;
  if (report.unreadable.length > 0) {
    return { exit: 'findings', failure: { kind: 'unreadable', message: `${countOf(report.unreadable.length, 'flow')} could not be read from the API, so ${report.unreadable.length === 1 ? 'its' : 'their'} drift is unknown` } };
  }
  if (report.drifted.length > 0 && settings.failOnDrift) {
    return { exit: 'findings', failure: { kind: 'drift', message: `${countOf(report.drifted.length, 'flow')} on the server ${report.drifted.length === 1 ? 'differs from its file' : 'differ from their files'}: ${report.drifted.join(', ')}` } };
  }
  return { exit: 'ok' };
}

/**
 * Reads every flow of the repository from the API (GET) and reports, per flow, the fields where
 * the server no longer holds what the file says, like Terraform's drift detection. A flow the
 * API cannot show (404, 5xx, no answer) is a finding, not drift; a refused token (401, 403) stops
 * the run with {@link ApiAuthError}. Files with errors are reported and not compared.
 */
export async function drift(settings: DriftSettings): Promise<RunReport> {
  if (!settings.apiUrl) throw new UsageError(`no API URL: set ${settings.names.apiUrl}`);
  if (!settings.token) throw new UsageError(`no API token: set ${settings.names.token}`);
  const problem = tokenProblem(settings.token);
  if (problem !== undefined) throw new UsageError(problem);
  const redact = createRedactor([settings.token]);
  // Checked here too, so that a bad URL is named as the user gave it (the client says `apiUrl`).
  parseApiUrl(settings.apiUrl, redact, settings.names.apiUrl);
  const client = createFlowClient({ apiUrl: settings.apiUrl, token: settings.token, ...(settings.retry ? { retry: settings.retry } : {}) });
  try {
    const { validation, flows: found } = await flowsInWorkingTree(settings);
    // A file with errors says nothing the server should hold: it is reported, not compared.
    const invalid = new Set(validation.files.filter((file) => file.errors.length > 0).map((file) => file.path));
    const flows = found.filter((flow) => !invalid.has(flow.path));
    const { answers, refused } = await readFlows(client, flows.map((flow) => flow.id));
    if (refused) {
      throw new ApiAuthError(
        `the API refused the token (HTTP ${refused.status}: ${refused.message}), so no flow could be checked for drift; set ${settings.names.token} to a valid token that may read project flows`,
      );
    }
    // Values come from the server: one that echoes the token back must not show it.
    const hidesSecret = (value: unknown) => value !== undefined && redact(JSON.stringify(value) ?? '') !== (JSON.stringify(value) ?? '');
    const scrub = (change: DriftChange): DriftChange => ({
      ...change,
      ...(hidesSecret(change.server) ? { server: REDACTED } : {}),
    });
    const read: DriftFlow[] = [];
    const unreadable: UnreadableFlow[] = [];
    flows.forEach((flow, index) => {
      const answer = answers[index]!;
      if (answer.ok) read.push({ path: flow.path, id: flow.id, status: flow.status, changes: driftChanges(answer.data, flow.body as JsonObject).map(scrub) });
      else unreadable.push({ path: flow.path, id: flow.id, httpStatus: answer.status, message: unreadableMessage(flow, answer) });
    });
    const report: DriftReport = {
      apiUrl: shownApiUrl(settings.apiUrl, redact),
      flows: read,
      unreadable,
      drifted: read.filter((flow) => flow.changes.length > 0).map((flow) => flow.id),
    };
    return { validation, drift: report, notes: [], ...driftVerdict(validation, report, settings) };
  } finally {
    await client.close();
  }
}
