import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { actionFixture, committedRepo, exampleFlows } from '../helpers/flow-repo.js';
import { startGitHubStub, type GitHubStub } from '../helpers/github-api-stub.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import type { TempRepo } from '../helpers/temp-repo.js';
import { renderMarkdown } from '../helpers/render-markdown.js';
import { pullRequestPayload } from '../helpers/webhook-payloads.js';

// A pull request whose flow files hold values made to pass for workflow commands
// (`::error::`, `::add-mask::x` after a newline), HTML (`<img src=x onerror=…>`), backticks and
// table pipes, in a value, a field name, an error message and a file name. They must reach the
// log, the summary and the comment as text.

/** A base at the repository root whose name is a workflow command, with an error in it. */
const ROOT_BASE = '::error::pwned-by-a-file-name.yaml';

let repo: TempRepo;
let github: GitHubStub;
let run: ActionRun;
let comment: string;

beforeAll(async () => {
  const { repo: built, commits } = await committedRepo(exampleFlows(), {
    ...actionFixture('hostile'),
    [ROOT_BASE]: 'liveness:\n  minScore: 0.99\n',
    'flows/uses-root-base.yaml': `id: 65f1a2b3c4d5e6f7a8b9c0e3\nextends: ../${ROOT_BASE}\nstatus: draft\nsteps:\n  liveness: mandatory\n`,
  });
  repo = built;
  github = await startGitHubStub();
  run = await runAction({
    inputs: { mode: 'plan' },
    workspace: repo.dir,
    github,
    event: { name: 'pull_request', payload: pullRequestPayload({ baseSha: commits[0]!, headSha: commits[1]! }) },
  });
  comment = (JSON.parse(github.writes()[0]?.body ?? '{"body":""}') as { body: string }).body;
});
afterAll(async () => {
  await github.close();
  await repo.cleanup();
});

describe('values from flow files are shown as text', () => {
  it('the run itself: fails for the invalid files, plans the rest, comments once', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs['error-count']).toBe('2');
    expect(github.writes().map((r) => r.method)).toEqual(['POST']);
  });

  it('a base named like a workflow command, listed at the start of a log line, is not run as one', () => {
    // The stylish report lists the base's problems under its name; the line is printed as text.
    expect(run.stdout).toMatch(/^\s*::error::pwned-by-a-file-name\.yaml:2:13\s+error\s+liveness\.minScore is 0\.99/m);
    expect(run.commands.filter((c) => c.data.includes('pwned-by-a-file-name'))).toEqual([]);
  });

  it('the log: no line becomes a command the files wrote', () => {
    // What the runner would act on: the annotations of real diagnostics (their text escaped by
    // the toolkit) and the failure; no mask, no annotation without a place but the failure.
    expect(run.commands.filter((c) => !['error', 'warning', 'notice'].includes(c.command))).toEqual([]);
    expect(run.commands.filter((c) => c.command === 'error' && !c.properties.file)).toEqual([{ command: 'error', properties: {}, data: 'flowkeeper: 2 errors in 2 flow files' }]);
    expect(run.commands.filter((c) => c.command === 'error' && c.properties.file).map((c) => [c.properties.file, c.properties.line, c.properties.col])).toEqual([
      ['flows/hostile-invalid.yaml', '2', '9'],
      [ROOT_BASE, '2', '13'],
    ]);
    // The status value is quoted in its annotation as one line of data.
    const enumError = run.commands.find((c) => c.properties.file === 'flows/hostile-invalid.yaml')!;
    expect(enumError.data).toContain('status is "::error::injected-by-status\\n::add-mask::x\\n<img src=x one…');
  });

  it.each([
    ['summary', () => run.summary],
    ['comment', () => comment],
  ])('the %s: no raw HTML, pipes or backticks from the files, the values still readable', (_name, text) => {
    const markdown = text();
    // Rendered as GitHub would: the values are text, never elements, and every table keeps its shape.
    const html = renderMarkdown(markdown);
    expect(html.querySelectorAll('img, script, iframe').length).toBe(0);
    expect(html.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(html.textContent).toContain('::error::injected');
    for (const table of html.querySelectorAll('table')) {
      const widths = [...table.querySelectorAll('tr')].map((row) => row.children.length);
      expect(new Set(widths).size).toBe(1);
    }
    // Each diagram stays inside its own fence.
    expect(html.querySelectorAll('code.language-mermaid').length).toBe(markdown.match(/^```mermaid$/gm)?.length ?? 0);
    // Newlines from values never start a line of their own.
    expect(markdown).not.toMatch(/^::/m);
    expect(markdown).not.toMatch(/^<img/m);
  });
});
