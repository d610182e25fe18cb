import { readFileSync } from 'node:fs';
import path from 'node:path';
import { secretForms } from '../../src/api/redact.js';
import { parseWorkflowCommand } from '../formatters/workflow-command-parser.js';
import type { GitHubStub } from './github-api-stub.js';
import { workspaceFiles, type ActionRun } from './run-action.js';

/**
 * Every place a run left a form of `secret` (as is, URL-encoded, base64, JSON-escaped), by name:
 * stdout lines other than the `::add-mask::` command that hides it, stderr, the outputs, the
 * summary, every file in the run's folders (the report among them), each request GitHub's stub
 * received, and the workspace's files.
 */
export function leaksOf(secret: string, run: ActionRun, where: { github?: GitHubStub; workspace?: string } = {}): string[] {
  const forms = secretForms(secret);
  const found: string[] = [];
  const check = (place: string, text: string) => {
    if (forms.some((form) => text.includes(form))) found.push(place);
  };
  run.stdout.split(/\r?\n/).forEach((line, index) => {
    const command = parseWorkflowCommand(line);
    if (command?.command === 'add-mask' && command.data === secret) return;
    check(`stdout line ${index + 1}`, line);
  });
  check('stderr', run.stderr);
  for (const [name, value] of Object.entries(run.outputs)) check(`output ${name}`, value);
  check('summary', run.summary);
  for (const [name, text] of Object.entries(run.files)) check(`file ${name}`, text);
  if (run.report !== undefined) check('report', run.report);
  for (const [index, request] of (where.github?.requests ?? []).entries()) {
    check(`GitHub request ${index + 1} (${request.method} ${request.path})`, `${request.path}?${JSON.stringify(request.query)}\n${JSON.stringify(request.headers)}\n${request.body}`);
  }
  if (where.workspace) {
    for (const file of workspaceFiles(where.workspace)) check(`workspace ${file}`, readFileSync(path.join(where.workspace, file), 'latin1'));
  }
  return found;
}

/** Fails the test, naming the places, when a run left `secret` anywhere (see {@link leaksOf}). */
export function expectNoLeak(secret: string, run: ActionRun, where: { github?: GitHubStub; workspace?: string } = {}): void {
  const leaks = leaksOf(secret, run, where);
  if (leaks.length > 0) throw new Error(`the secret leaked into: ${leaks.join(', ')}`);
}
