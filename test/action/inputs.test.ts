import { describe, expect, it } from '@jest/globals';
import type { EventInfo } from '../../src/action/event.js';
import { getInputs, InputError, type ActionInputs } from '../../src/action/inputs.js';
import { TOKEN } from '../helpers/sandbox.js';

// getInputs with a fake `read` (core.getInput trims, so the fake trims too), table-driven: a
// new case is a new row.

const PUSH: EventInfo = { name: 'push', owner: 'o', repo: 'r', baseSha: 'b'.repeat(40), fromFork: false };
const PULL_REQUEST: EventInfo = { name: 'pull_request', owner: 'o', repo: 'r', pullRequest: 7, baseSha: 'a'.repeat(40), fromFork: false };
const NEW_BRANCH: EventInfo = { name: 'push', owner: 'o', repo: 'r', fromFork: false };

/** What the runner passes when the workflow sets nothing: action.yml's defaults. */
const RUNNER_DEFAULTS = { mode: 'validate', 'dry-run': 'false', 'max-warnings': '-1', 'github-token': 'ghs_x', force: 'false', 'on-failure': 'continue' };

function reader(inputs: Record<string, string>): (name: string) => string {
  return (name) => (inputs[name] ?? '').trim();
}

describe('getInputs: values and defaults', () => {
  const rows: Array<{ name: string; inputs: Record<string, string>; event?: EventInfo; expected: Partial<ActionInputs> & Record<string, unknown> }> = [
    {
      name: 'nothing set at all (run outside a runner)',
      inputs: {},
      event: NEW_BRANCH,
      expected: { mode: 'validate', files: ['flows/'], onlyChanged: false, dryRun: false, comment: false, force: false, onFailure: 'continue' },
    },
    {
      name: "action.yml's defaults on a push",
      inputs: RUNNER_DEFAULTS,
      expected: { mode: 'validate', files: ['flows/'], onlyChanged: false, dryRun: false, comment: false, force: false, onFailure: 'continue', baseRef: PUSH.baseSha, githubToken: 'ghs_x' },
    },
    {
      name: 'a pull request comments and compares with its base by default',
      inputs: { ...RUNNER_DEFAULTS, mode: 'plan' },
      event: PULL_REQUEST,
      expected: { mode: 'plan', comment: true, baseRef: PULL_REQUEST.baseSha },
    },
    { name: 'no files input: flows/, marked as not given (a flowkeeper.yaml then chooses the files)', inputs: {}, expected: { files: ['flows/'], filesGiven: false } },
    { name: 'files given are marked so', inputs: { files: 'envs/staging' }, expected: { files: ['envs/staging'], filesGiven: true } },
    { name: 'the environment input, trimmed', inputs: { environment: ' production ' }, expected: { environment: 'production' } },
    { name: 'comment: false on a pull request', inputs: { comment: 'false' }, event: PULL_REQUEST, expected: { comment: false } },
    { name: 'base-ref wins over the event', inputs: { 'base-ref': 'origin/main' }, event: PULL_REQUEST, expected: { baseRef: 'origin/main' } },
    { name: 'files split on newlines and commas, trimmed, blanks dropped', inputs: { files: 'flows/\n  more/*.yaml , other.json,,\n' }, expected: { files: ['flows/', 'more/*.yaml', 'other.json'] } },
    { name: 'files of only separators fall back to flows/', inputs: { files: ' ,\n, ' }, expected: { files: ['flows/'] } },
    { name: 'max-warnings 0', inputs: { 'max-warnings': '0' }, expected: { maxWarnings: 0 } },
    { name: 'max-warnings 12, padded', inputs: { 'max-warnings': ' 12 ' }, expected: { maxWarnings: 12 } },
    { name: 'booleans as YAML 1.2 spells them', inputs: { 'dry-run': 'True', force: 'TRUE', comment: 'False' }, expected: { dryRun: true, force: true, comment: false } },
    {
      name: 'sync: only-changed by default, the API settings kept',
      inputs: { mode: 'sync', 'api-url': 'https://api.example', 'api-token': TOKEN },
      expected: { mode: 'sync', onlyChanged: true, apiUrl: 'https://api.example', apiToken: TOKEN, onFailure: 'continue' },
    },
    { name: 'sync: only-changed false sends every flow', inputs: { mode: 'sync', 'api-url': 'https://api.example', 'api-token': TOKEN, 'only-changed': 'false' }, expected: { onlyChanged: false } },
    { name: 'sync dry-run needs no token', inputs: { mode: 'sync', 'api-url': 'https://api.example', 'dry-run': 'true' }, expected: { dryRun: true } },
    { name: 'sync rollback with a base from the event', inputs: { mode: 'sync', 'api-url': 'https://api.example', 'api-token': TOKEN, 'on-failure': 'rollback' }, expected: { onFailure: 'rollback' } },
  ];

  it.each(rows)('$name', ({ inputs, event, expected }) => {
    const result = getInputs(reader(inputs), event ?? PUSH);
    expect(result).toMatchObject(expected);
  });

  it('leaves unset optional inputs out of the result', () => {
    expect(Object.keys(getInputs(reader({}), NEW_BRANCH)).sort()).toEqual(['allowDelete', 'blind', 'comment', 'driftIssue', 'dryRun', 'failOnDrift', 'files', 'filesGiven', 'force', 'mode', 'onFailure', 'onlyChanged', 'timeoutMs']);
  });
});

describe('getInputs: a wrong value names the input', () => {
  const rows: Array<[Record<string, string>, string]> = [
    [{ mode: 'deploy' }, 'input mode is "deploy"; expected one of validate, plan, sync, drift'],
    [{ mode: 'Validate' }, 'input mode is "Validate"; expected one of validate, plan, sync, drift'],
    [{ 'dry-run': 'yes' }, 'input dry-run is "yes"; expected true or false'],
    [{ 'dry-run': '1' }, 'input dry-run is "1"; expected true or false'],
    [{ 'only-changed': 'maybe' }, 'input only-changed is "maybe"; expected true or false'],
    [{ comment: 'on' }, 'input comment is "on"; expected true or false'],
    [{ force: 'always' }, 'input force is "always"; expected true or false'],
    [{ 'max-warnings': 'many' }, 'input max-warnings is "many"; expected a whole number (or -1 for no limit)'],
    [{ 'max-warnings': '-2' }, 'input max-warnings is "-2"; expected a whole number (or -1 for no limit)'],
    [{ 'max-warnings': '1.5' }, 'input max-warnings is "1.5"; expected a whole number (or -1 for no limit)'],
    [{ 'max-warnings': '1e3' }, 'input max-warnings is "1e3"; expected a whole number (or -1 for no limit)'],
    [{ 'on-failure': 'undo' }, 'input on-failure is "undo"; expected one of continue, stop, rollback'],
    [{ mode: 'drift', 'fail-on-drift': 'no' }, 'input fail-on-drift is "no"; expected true or false'],
    [{ mode: 'drift', 'drift-issue': 'yes' }, 'input drift-issue is "yes"; expected true or false'],
    [{ mode: 'plan', 'drift-issue': 'true' }, 'input drift-issue is true with mode plan; it applies only to mode drift'],
    [{ mode: 'drift', 'drift-issue': 'true' }, 'input drift-issue is true but github-token is empty; give it a token with issues: write (the default github.token, with permissions issues: write)'],
  ];

  it.each(rows)('%j', (inputs, message) => {
    expect(() => getInputs(reader(inputs), PUSH)).toThrow(new InputError(message));
    try {
      getInputs(reader(inputs), PUSH);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
    }
  });

  // sync-refuses-events-that-run-unreviewed-code: a fork's pull request synced its flows under
  // every event but the two pull-request ones.
  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'issue_comment', 'workflow_run', 'merge_group', 'release', 'made_up_event'])(
    'mode sync on %s is refused, naming the event',
    (name) => {
      const inputs = reader({ mode: 'sync', 'api-url': 'https://api.example', 'api-token': TOKEN });
      expect(() => getInputs(inputs, { ...PUSH, name })).toThrow(new RegExp(`^mode sync refuses to run on "${name}" events: it runs only on push, workflow_dispatch, schedule`));
    },
  );

  it.each(['push', 'workflow_dispatch', 'schedule'])('mode sync on %s is allowed', (name) => {
    expect(getInputs(reader({ mode: 'sync', 'api-url': 'https://api.example', 'api-token': TOKEN }), { ...PUSH, name }).mode).toBe('sync');
  });

  // drift sends the API token and writes an issue: the same allowlist reasoning as sync.
  it.each(['pull_request', 'pull_request_target', 'issue_comment', 'workflow_run', 'merge_group', 'made_up_event'])('mode drift on %s is refused, naming the event', (name) => {
    expect(() => getInputs(reader({ mode: 'drift' }), { ...PUSH, name })).toThrow(new RegExp(`^mode drift refuses to run on "${name}" events: it runs only on schedule, workflow_dispatch, push`));
  });

  it.each(['schedule', 'workflow_dispatch', 'push'])('mode drift on %s is allowed; fail-on-drift defaults to true, drift-issue to false', (name) => {
    expect(getInputs(reader({ mode: 'drift' }), { ...PUSH, name })).toMatchObject({ mode: 'drift', failOnDrift: true, driftIssue: false });
    expect(getInputs(reader({ mode: 'drift', 'fail-on-drift': 'false', 'drift-issue': 'true', 'github-token': 'ghs_x' }), { ...PUSH, name })).toMatchObject({ failOnDrift: false, driftIssue: true });
  });

  it('a value over two lines is quoted on one line', () => {
    expect(() => getInputs(reader({ mode: 'plan\nsync' }), PUSH)).toThrow('input mode is "plan\\nsync"; expected one of validate, plan, sync, drift');
  });
});
