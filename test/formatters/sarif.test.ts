import type { Log, Result } from 'sarif';
import { RULES } from '../../src/engine/rules/catalog.js';
import { artifactUri, planSarif, validateSarif } from '../../src/formatters/index.js';
import { diagnosticsOf } from '../../src/formatters/locations.js';
import type { PlanReport, ValidateReport } from '../../src/reports/types.js';
import { PLAIN, readFixture } from './golden.js';

const validate = readFixture<ValidateReport>('validate-report.json');
const plan = readFixture<PlanReport>('plan-report.json');

const parse = (text: string): Log => JSON.parse(text) as Log;

/**
 * What GitHub code scanning requires of an upload (its SARIF subset and the upload checks):
 * version 2.1.0, a tool driver with a name, rules with ids, and results with a rule, a message
 * and a physical location whose positions are whole numbers from 1.
 */
function expectCodeScanningShape(log: Log): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/^https:\/\/.*sarif.*2\.1\.0.*\.json$/);
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  const driver = run.tool.driver;
  expect(driver.name).toBe('flowkeeper');
  expect(driver.version).toBe(PLAIN.version);
  expect(new URL(driver.informationUri!).protocol).toBe('https:');
  const ids = driver.rules!.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of driver.rules!) {
    expect(rule.id).toMatch(/^[a-z][a-z-]*$/);
    expect(rule.shortDescription?.text).toBeTruthy();
    expect(rule.fullDescription?.text).toBeTruthy();
    expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level);
    // GitHub limits a short description to 1024 characters.
    expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024);
  }
  for (const result of run.results ?? []) expectResultShape(result, ids);
}

function expectResultShape(result: Result, ids: string[]): void {
  expect(result.ruleId).toBeDefined();
  expect(ids[result.ruleIndex!]).toBe(result.ruleId);
  expect(['error', 'warning', 'note']).toContain(result.level);
  expect(result.message.text).toBeTruthy();
  expect(result.locations).toHaveLength(1);
  const physical = result.locations![0]!.physicalLocation!;
  expect(physical.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
  const uri = physical.artifactLocation!.uri!;
  // Relative, forward slashes, no scheme.
  expect(uri).not.toMatch(/^\/|\\|^[a-z][a-z0-9+.-]*:/i);
  if (physical.region) {
    expect(Number.isInteger(physical.region.startLine) && physical.region.startLine! >= 1).toBe(true);
    if (physical.region.startColumn !== undefined) expect(physical.region.startColumn).toBeGreaterThanOrEqual(1);
  }
}

describe('validate SARIF', () => {
  const log = parse(validateSarif(validate, PLAIN));
  const results = log.runs[0]!.results!;

  test('has the shape GitHub code scanning accepts', () => expectCodeScanningShape(log));

  test('lists every rule of the catalogue, in order, with its level', () => {
    expect(log.runs[0]!.tool.driver.rules!.map((r) => [r.id, r.defaultConfiguration?.level, r.fullDescription?.text])).toEqual(
      RULES.map((rule) => [rule.id, rule.severity, rule.description]),
    );
  });

  test('has one result per diagnostic, at the file it was found in', () => {
    const diagnostics = validate.files.flatMap((f) => diagnosticsOf(f).map((d) => ({ d, path: d.file ?? f.path })));
    expect(results).toHaveLength(diagnostics.length);
    results.forEach((result, i) => {
      const { d, path } = diagnostics[i]!;
      expect(result.ruleId).toBe(d.rule);
      expect(result.level).toBe(d.severity);
      expect(result.message.text).toBe(d.message);
      expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(path);
    });
  });

  test('puts an unknown position on line 1, since code scanning needs a startLine', () => {
    const noLine = results.find((r) => r.ruleId === 'required')!;
    expect(noLine.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
    expect(results[0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 12, startColumn: 15 });
  });

  test('drops positions below 1 rather than emit ones GitHub rejects', () => {
    const report: ValidateReport = {
      files: [
        {
          path: 'a.yaml',
          id: null,
          valid: false,
          errors: [
            { field: 'x', message: 'm', severity: 'error', rule: 'type', line: 0, column: 0 },
            { field: 'y', message: 'm', severity: 'error', rule: 'type', line: 2, column: 0 },
          ],
          warnings: [],
        },
      ],
      summary: { files: 1, valid: 0, invalid: 1, errors: 2, warnings: 0 },
    };
    const regions = parse(validateSarif(report, PLAIN)).runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.region);
    expect(regions).toEqual([{ startLine: 1 }, { startLine: 2 }]);
  });

  test('a rule the catalogue does not know still reports, without an index', () => {
    const report: ValidateReport = {
      files: [{ path: 'a.yaml', id: null, valid: false, errors: [{ field: '', message: 'm', severity: 'error', rule: 'brand-new' }], warnings: [] }],
      summary: { files: 1, valid: 0, invalid: 1, errors: 1, warnings: 0 },
    };
    const result = parse(validateSarif(report, PLAIN)).runs[0]!.results![0]!;
    expect(result.ruleId).toBe('brand-new');
    expect(result.ruleIndex).toBeUndefined();
  });
});

describe('artifactUri', () => {
  test.each([
    ['flows/a.yaml', 'flows/a.yaml'],
    ['./flows/a.yaml', 'flows/a.yaml'],
    ['flows\\win\\a.yaml', 'flows/win/a.yaml'],
    ['flows/with space#1%.yaml', 'flows/with%20space%231%25.yaml'],
    ['c:flows.yaml', 'c%3Aflows.yaml'],
  ])('%s → %s', (path, uri) => expect(artifactUri(path)).toBe(uri));
});

describe('plan SARIF', () => {
  const log = parse(planSarif(plan, PLAIN));
  const results = log.runs[0]!.results!;

  test('has the shape GitHub code scanning accepts', () => expectCodeScanningShape(log));

  // Regression: plan SARIF gave one note per field of a new flow (140 notes for one hostile run).
  test('plan-sarif-reports-by-severity-one-result-per-new-or-deleted-flow', () => {
    const expected = plan.flows.flatMap((flow) => {
      if (flow.change === 'added') return [['new-flow', 'note', flow.path]];
      if (flow.change === 'removed') return [['deletes-flow', 'warning', flow.path]];
      const serious = flow.changes.filter((change) => change.severity === 'weakens' || change.severity === 'deactivates');
      const rows = serious.map((change) => [change.severity === 'weakens' ? 'weakens-verification' : 'deactivates-flow', 'warning', flow.path]);
      return serious.length < flow.changes.length ? [...rows, ['flow-change', 'note', flow.path]] : rows;
    });
    const changeResults = results.slice(0, expected.length);
    expect(changeResults.map((result) => [result.ruleId, result.level, result.locations![0]!.physicalLocation!.artifactLocation!.uri])).toEqual(expected);
    for (const result of changeResults) expect(result.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
    expect(expected.filter(([rule]) => rule === 'new-flow')).toHaveLength(plan.flows.filter((flow) => flow.change === 'added').length);
  });

  test('the diagnostics of files that could not be planned follow', () => {
    const diagnostics = plan.files.flatMap((f) => [...f.errors, ...f.warnings]);
    expect(results.slice(-diagnostics.length).map((r) => r.ruleId)).toEqual(diagnostics.map((d) => d.rule));
  });
});
