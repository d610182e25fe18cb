import os from 'node:os';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { createRedactor } from '../api/redact.js';
import { VERSION } from '../cli/version.js';
import type { IssueCommentsApi } from './comment.js';
import { readEvent } from './event.js';
import { getInputs } from './inputs.js';
import { failureOf, publish } from './publish.js';
import { doWork } from './work.js';

/**
 * The action's entry: resolves the inputs once, does the work, reports it. The only place that
 * catches; every failure ends the step with a message and never with the token in it.
 */
export async function run(): Promise<void> {
  // Masked before anything else can print it, even an input error.
  const apiToken = core.getInput('api-token');
  if (apiToken) core.setSecret(apiToken);
  const redact = createRedactor([apiToken]);
  try {
    const event = readEvent(github.context);
    const inputs = getInputs((name) => core.getInput(name), event);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const result = await doWork(inputs, event, workspace);
    const comments: IssueCommentsApi | undefined = inputs.githubToken ? github.getOctokit(inputs.githubToken).rest.issues : undefined;
    await publish(result, inputs, event, {
      core,
      ...(comments ? { comments } : {}),
      reportDir: process.env.RUNNER_TEMP || os.tmpdir(),
      context: { color: false, version: VERSION },
    });
    const failure = failureOf(result, inputs);
    if (failure) core.setFailed(failure);
  } catch (error) {
    core.setFailed(redact(error instanceof Error ? error.message : String(error)));
  }
}

// The yaml parser reads process.env once per token; a plain copy is much cheaper to read.
process.env = { ...process.env };
await run();
