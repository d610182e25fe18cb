/**
 * Under GitHub Actions (GITHUB_ACTIONS=true) nothing the CLI prints, on stdout or stderr, in any
 * format, is a workflow command the runner would obey, except the annotations of
 * `--format github`; and JSON and SARIF on stdout parse to what they say without it. Each run is
 * made twice, with GITHUB_ACTIONS=true and without, and read with the runner's rules
 * (test/formatters/workflow-command-parser.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pLimit from 'p-limit';
import { hostileApi } from '../helpers/hostile-api.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { TOKEN } from '../helpers/sandbox.js';
import { flowId } from '../helpers/sync.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';
import { runnerCommands, type ParsedCommand } from '../formatters/workflow-command-parser.js';

/** A file name that is a whole workflow command. */
const COMMAND_NAME = '::warning title=Approved::all flows reviewed.yaml';
/** A value holding the runner's older command form, which it obeys anywhere in a line. */
const COMMAND_VALUE = '##[set-output name=valid;]true';

const VALIDATE = ['stylish', 'json', 'sarif', 'github'];
const PLAN = ['stylish', 'json', 'markdown', 'github', 'sarif'];
const SYNC = ['stylish', 'json', 'markdown'];

/** A flow that asks for one extra field, labelled `label`: valid, with free text. */
const labelled = (id: string, label: string) =>
  `id: ${id}\nstatus: draft\nsignUpForm:\n  allowAdditionalFields: true\n  additionalFields:\n    - name: employer\n      label: ${JSON.stringify(label)}\n      type: text\n      required: false\n`;

interface Pair {
  name: string;
  args: string[];
  /** With GITHUB_ACTIONS=true. */
  guarded: CliRun;
  /** Without: what a user sees, and the formatter's own annotations. */
  plain: CliRun;
}

const limit = pLimit(4);

/** Runs each command with GITHUB_ACTIONS=true and without, a few at a time. */
function runPairs(cwd: string, commands: Array<[name: string, args: string[]]>, env: Record<string, string | undefined> = {}): Promise<Pair[]> {
  return Promise.all(
    commands.map(([name, args]) =>
      limit(async () => ({
        name,
        args,
        guarded: await runCli(args, { cwd, env: { ...env, GITHUB_ACTIONS: 'true' } }),
        plain: await runCli(args, { cwd, env }),
      })),
    ),
  );
}

const isJsonFormat = (args: readonly string[]) => ['json', 'sarif'].includes(args[args.indexOf('--format') + 1] ?? '');
const isGithubFormat = (args: readonly string[]) => args[args.indexOf('--format') + 1] === 'github';

/**
 * What each run left the runner to obey, by run and stream; the annotations of --format github
 * are expected, as the formatter wrote them, and nothing else. JSON and SARIF parse as without
 * the guard. Exit codes do not change.
 */
function expectNothingObeyed(pairs: readonly Pair[]): void {
  const obeyed = pairs.map(({ name, guarded }) => [name, runnerCommands(guarded.stdout), runnerCommands(guarded.stderr)]);
  const expected = pairs.map(({ name, args, plain }) => [name, isGithubFormat(args) ? runnerCommands(plain.stdout) : [], []]);
  expect(obeyed).toEqual(expected);
  for (const { name, args, guarded, plain } of pairs) {
    expect([name, guarded.code]).toEqual([name, plain.code]);
    if (isJsonFormat(args)) expect([name, JSON.parse(guarded.stdout)]).toEqual([name, JSON.parse(plain.stdout)]);
  }
}

/** The commands a run without the guard left to the runner: the attack, as it would have landed. */
function attacks(pairs: readonly Pair[]): ParsedCommand[] {
  return pairs.filter(({ args }) => !isGithubFormat(args)).flatMap(({ plain }) => [...runnerCommands(plain.stdout), ...runnerCommands(plain.stderr)]);
}

describe('under GITHUB_ACTIONS=true', () => {
  let named: TempRepo;
  let valued: TempRepo;
  beforeAll(async () => {
    named = await tempRepo({ [COMMAND_NAME]: `id: ${flowId(0xa0)}\nstatus: nope\n` }, { git: true });
    named.commit('a flow named as a command');
    valued = await tempRepo({ 'invalid/value.yaml': `id: ${flowId(0xa1)}\nstatus: ${JSON.stringify(COMMAND_VALUE)}\n`, 'valid/label.yaml': labelled(flowId(0xa2), 'Employer') }, { git: true });
    valued.commit('flows');
    await valued.write({ 'valid/label.yaml': labelled(flowId(0xa2), `Employer ${COMMAND_VALUE}`) });
  });
  afterAll(async () => {
    await named.cleanup();
    await valued.cleanup();
  });

  // A leading space kept `::` off the start of a stylish line, but the runner trims white space
  // before it looks: the file's own name became a warning titled "Approved".
  it('file-name-opens-a-workflow-command: validate, plan and sync in every format, and an error naming a path', async () => {
    const pairs = await runPairs(named.dir, [
      ...VALIDATE.map((format): [string, string[]] => [`validate ${format}`, ['validate', '.', '--format', format]]),
      ...PLAN.map((format): [string, string[]] => [`plan ${format}`, ['plan', '.', '--base', 'HEAD', '--format', format]]),
      ...SYNC.map((format): [string, string[]] => [`sync --dry-run ${format}`, ['sync', '.', '--dry-run', '--api-url', 'http://127.0.0.1:1', '--format', format]]),
      ['a path that does not exist', ['validate', `missing\n${COMMAND_NAME}`]],
    ]);
    expect(attacks(pairs)).toContainEqual({ command: 'warning', properties: { title: 'Approved' }, data: 'all flows reviewed.yaml' });
    expectNothingObeyed(pairs);
    // The annotations still name the file, as the runner reads it back.
    const annotations = pairs.filter(({ args }) => isGithubFormat(args)).flatMap(({ guarded }) => runnerCommands(guarded.stdout));
    expect(annotations).toContainEqual(expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: COMMAND_NAME }) }));
  });

  // `##[set-output name=valid;]true` in a value, quoted in a message, set the step's output.
  it('value-opens-a-workflow-command-anywhere-on-a-line: in messages, plans, dry runs, and what a server answers', async () => {
    const api = await hostileApi(({ method }) =>
      method === 'GET'
        ? { status: 200, body: { data: {} } }
        : { status: 422, body: { message: `rejected ${COMMAND_VALUE}\n::warning title=Approved::all flows reviewed`, code: COMMAND_VALUE, details: [{ field: 'signUpForm.additionalFields.0.label', message: `##[add-mask]${COMMAND_VALUE}` }] } },
    );
    try {
      const pairs = await runPairs(
        valued.dir,
        [
          ...VALIDATE.map((format): [string, string[]] => [`validate ${format}`, ['validate', 'invalid/', '--format', format]]),
          ...PLAN.map((format): [string, string[]] => [`plan ${format}`, ['plan', 'valid/', '--base', 'HEAD', '--format', format]]),
          ...SYNC.map((format): [string, string[]] => [`sync --dry-run ${format}`, ['sync', 'valid/', '--dry-run', '--api-url', api.url, '--format', format]]),
          ...SYNC.map((format): [string, string[]] => [`sync, a server's 422 ${format}`, ['sync', 'valid/', '--api-url', api.url, '--format', format]]),
          ['an option value', ['validate', 'valid/', '--max-warnings', COMMAND_VALUE]],
        ],
        { FLOWKEEPER_TOKEN: TOKEN, FLOWKEEPER_API_URL: undefined },
      );
      expect(attacks(pairs)).toContainEqual({ command: 'set-output', properties: { name: 'valid' }, data: expect.stringMatching(/^true/) });
      expectNothingObeyed(pairs);
      expect(pairs.find((p) => p.name === 'sync, a server\'s 422 stylish')!.guarded.stderr).toContain('rejected ##\\u005bset-output name=valid;]true');
    } finally {
      await api.close();
    }
  });
});
