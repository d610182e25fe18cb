import { planFormatters, validateFormatters } from '../../src/formatters/index.js';
import { diagnosticsOf } from '../../src/formatters/locations.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import type { FieldChange } from '../../src/engine/diff.js';
import type { PlanReport, RunReport, ValidateReport } from '../../src/reports/types.js';
import { PLAIN } from './golden.js';
import { ragged } from './report-html.js';
import { COMMENT_BUDGET, SUMMARY_BUDGET } from '../../src/formatters/report-budget.js';
import { reportMarkdown } from '../../src/formatters/run-markdown.js';
import { parseWorkflowCommand } from './workflow-command-parser.js';
import { printable, printableLines } from '../../src/printable.js';
import { MENTION_OR_REFERENCE, proseText, renderMarkdown } from '../helpers/render-markdown.js';

/** Text a hostile flow file can put into a message, a value, a key or a path. */
const ATTACKS = [
  'x\n::error::pwned',
  'x\r\n::warning file=a.yaml::pwned',
  'literal %0A and %25 and %0D',
  '::add-mask::secret',
  '::stop-commands::token',
  // The runner's older form, obeyed anywhere in a line, and a command after white space it trims.
  '##[set-output name=valid;]true',
  '\u00a0\t::warning title=Approved::all flows reviewed',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '| col | col |',
  '`code` and ``double``',
  '**bold** _it_ [link](https://evil.example) ![img](https://evil.example/x.png)',
  '\u001b[31mred\u001b[0m and \u202eevil',
  'ping @octocat about #42 and owner/repo#1',
  'https://app.example/welcome_back?utm_source=kyc&step=done',
] as const;

const diagnostic = (message: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  field: `liveness.${message}`,
  message,
  severity: 'error',
  rule: 'range',
  ...extra,
});

const validateReport: ValidateReport = {
  files: [
    {
      path: 'flows/evil,name:1.yaml',
      id: '64a1b2c3d4e5f6789012346',
      valid: false,
      errors: ATTACKS.map((attack, i) => diagnostic(attack, { line: i + 1, column: 2 })),
      warnings: ATTACKS.map((attack) => diagnostic(attack, { severity: 'warning', rule: 'insecure-url', file: `flows/base\n::error::${attack}.yaml` })),
    },
  ],
  summary: { files: 1, valid: 0, invalid: 1, errors: ATTACKS.length, warnings: ATTACKS.length },
};

const changes: FieldChange[] = ATTACKS.flatMap((attack) => [
  { field: `signUpForm.additionalFields.0.${attack}`, before: attack, after: `${attack}!`, severity: 'weakens', weakens: true },
  { field: 'integrations.redirectUrl', before: { [attack]: [attack] }, severity: 'changes', weakens: false },
]);

const planReport: PlanReport = {
  base: 'main\n::error::base <img src=x>',
  flows: [
    { path: 'flows/evil|path`<img src=x>.yaml', id: '<img src=x>|', change: 'changed', previousPath: 'flows/`old`\n::x.yaml', status: '<b>active</b>', changes },
  ],
  files: [validateReport.files[0]!],
};

const diagnosticCount = ATTACKS.length * 2;
const weakeningCount = changes.filter((c) => c.weakens).length;

describe('github output cannot be made to run a command', () => {
  function expectOnlyAnnotations(output: string, expectedCommands: string[]): void {
    const lines = output.split('\n');
    expect(lines.pop()).toBe('');
    // Every line but the last is one of our commands; nothing else starts with `::`.
    const parsed = lines.map((line) => parseWorkflowCommand(line)?.command ?? 'text');
    expect(parsed).toEqual(expectedCommands);
  }

  test('validate: exactly one line per diagnostic, plus the summary', () => {
    const output = validateFormatters.github(validateReport, PLAIN);
    expectOnlyAnnotations(output, [...Array(ATTACKS.length).fill('error'), ...Array(ATTACKS.length).fill('warning'), 'text']);
    expect(output).not.toMatch(/^::(add-mask|stop-commands)/m);
  });

  test('validate: the runner reads back each message and file as written', () => {
    const lines = validateFormatters.github(validateReport, PLAIN).split('\n');
    const file = validateReport.files[0]!;
    diagnosticsOf(file).forEach((d, i) => {
      const parsed = parseWorkflowCommand(lines[i]!);
      expect(parsed?.data).toBe(printableLines(d.message.replace(/\r\n?/g, '\n')));
      expect(parsed?.properties.file).toBe(d.file ?? file.path);
    });
  });

  test('plan: one warning per weakening change, the errors, and the notice', () => {
    const output = planFormatters.github(planReport, PLAIN);
    expectOnlyAnnotations(output, [
      ...Array(weakeningCount).fill('warning'),
      ...Array(ATTACKS.length).fill('error'),
      ...Array(ATTACKS.length).fill('warning'),
      'notice',
    ]);
  });
});

describe('markdown output cannot add HTML or Markdown', () => {
  const output = planFormatters.markdown(planReport, PLAIN);
  const html = renderMarkdown(output);

  test('no raw HTML from the report: only the elements the formatter writes', () => {
    const tags = new Set([...html.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()));
    for (const tag of tags) expect(['h2', 'h3', 'p', 'strong', 'em', 'code', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'pre']).toContain(tag);
  });

  test('no links, images or emphasis from the report', () => {
    expect(html.querySelectorAll('a, img, script, b')).toHaveLength(0);
    for (const strong of html.querySelectorAll('strong')) expect(strong.textContent).not.toMatch(/bold/);
  });

  // Regression: @mentions and #refs from flow values appeared raw in headings and message cells.
  test('no mention or issue reference outside code from the report', () => {
    for (const text of proseText(html)) expect(text).not.toMatch(MENTION_OR_REFERENCE);
  });

  test('every table row keeps its column count, the severity mark in its first cell', () => {
    const [changesTable, problemsTable] = [...html.querySelectorAll('table')];
    const rowsOf = (table: Element) => [...table.querySelectorAll('tbody tr')];
    for (const table of [changesTable!, problemsTable!]) {
      for (const row of table.querySelectorAll('tr')) expect(row.children).toHaveLength(4);
    }
    expect(rowsOf(changesTable!)).toHaveLength(changes.length);
    expect(rowsOf(problemsTable!)).toHaveLength(diagnosticCount);
    for (const row of rowsOf(changesTable!)) expect(row.children[0]!.textContent).toMatch(/^(⚠️ weakens|✏️ changes)$/);
  });

  test('every value is shown as itself, shortened only in the middle', () => {
    const cells = [...html.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')].map((row) => row.children[1]!.textContent);
    expect(cells).toEqual(changes.map((change) => printable(change.field)));
  });

  test('headings and text lines stay where they are', () => {
    expect(html.querySelectorAll('h2, h3')).toHaveLength(3);
    expect(output.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  });
});

describe('the run report (comment and summary) cannot add HTML or Markdown', () => {
  const hostile = ATTACKS.join(' ');
  const runReport: RunReport = {
    validation: validateReport,
    plan: {
      report: {
        ...planReport,
        flows: [
          ...planReport.flows,
          { path: `flows/${hostile}.yaml`, id: '<img src=x>', change: 'added', status: hostile, changes: changes.map((c) => ({ ...c, severity: 'adds', weakens: false })) },
          { path: `flows/gone ${hostile}.yaml`, id: '@octocat', change: 'removed', status: 'active', changes: [] },
        ],
      },
      before: [],
      after: [],
    },
    notes: [hostile],
    exit: 'findings',
  };
  const outputs = [reportMarkdown(runReport, PLAIN, COMMENT_BUDGET, '<!-- marker -->'), reportMarkdown(runReport, PLAIN, SUMMARY_BUDGET)];

  test.each([0, 1])('output %i: only the elements the formatter writes, no links, no mentions outside code, even rows', (index) => {
    const output = outputs[index]!;
    const html = renderMarkdown(output);
    const tags = new Set([...html.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()));
    for (const tag of tags) expect(['h2', 'h3', 'h4', 'p', 'strong', 'em', 'code', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'pre', 'blockquote', 'ul', 'li']).toContain(tag);
    expect(html.querySelectorAll('a, img, script, b')).toHaveLength(0);
    for (const text of proseText(html)) expect(text).not.toMatch(MENTION_OR_REFERENCE);
    expect(ragged(output)).toEqual([]);
    expect(output.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  });
});

describe('stylish output cannot send terminal escapes or break lines', () => {
  test('validate', () => {
    const output = validateFormatters.stylish(validateReport, PLAIN);
    expect(output).not.toContain('\u001b');
    expect(output).not.toContain('\u202e');
    // The path, one row per diagnostic, a blank line and the summary.
    expect(output.split('\n')).toHaveLength(1 + diagnosticCount + 1 + 1 + 1);
  });

  test('plan', () => {
    const output = planFormatters.stylish(planReport, PLAIN);
    expect(output).not.toContain('\u001b');
    // Every field change is one line.
    expect(output.split('\n').filter((line) => line.startsWith('    ')).length).toBe(changes.length);
  });
});

describe('machine formats keep hostile text as data', () => {
  test('json round-trips every message', () => {
    const parsed = JSON.parse(validateFormatters.json(validateReport, PLAIN)) as { files: Array<{ errors: Array<{ message: string }> }> };
    expect(parsed.files[0]!.errors.map((e) => e.message)).toEqual([...ATTACKS]);
  });

  test('sarif keeps messages and encodes paths as URI references', () => {
    const log = JSON.parse(validateFormatters.sarif(validateReport, PLAIN)) as import('sarif').Log;
    const results = log.runs[0]!.results!;
    expect(results.map((r) => r.message.text).slice(0, ATTACKS.length)).toEqual([...ATTACKS]);
    for (const result of results) {
      const uri = result.locations![0]!.physicalLocation!.artifactLocation!.uri!;
      expect(uri).not.toMatch(/[\s:,<>|`]/);
      expect(decodeURIComponent(uri)).toMatch(/^flows\//);
    }
  });
});
