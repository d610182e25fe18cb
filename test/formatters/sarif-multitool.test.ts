import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { Log } from 'sarif';
import { RULES, rulesTableMarkdown } from '../../src/engine/rules/catalog.js';

// Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool), run as its own binary with
// GitHub's rules: what code scanning accepts. The package's postinstall only marks the binary
// executable; npm may skip install scripts, so the test does that one step itself.
const PLATFORM = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform as string];
const BINARY = path.resolve('node_modules', '@microsoft', `sarif-multitool-${PLATFORM}`, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');

function executable(file: string): string {
  try {
    accessSync(file, constants.X_OK);
  } catch {
    chmodSync(file, 0o755);
  }
  return file;
}

const GOLDENS = [
  ...readdirSync('test/fixtures/formatters').filter((name) => name.endsWith('.sarif')).map((name) => path.join('test/fixtures/formatters', name)),
  ...readdirSync('test/fixtures/cli-golden').filter((name) => name.includes('sarif')).map((name) => path.join('test/fixtures/cli-golden', name)),
];

const temp = mkdtempSync(path.join(os.tmpdir(), 'flowkeeper-multitool-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('SARIF accepted by GitHub code scanning', () => {
  test('the Multitool is installed for this platform', () => {
    expect(existsSync(BINARY)).toBe(true);
  });

  // Regression: GH2012 (no help object) for every rule, and no helpUri, automationDetails, fullName or name.
  test.each(GOLDENS)('multitool-validate-Sarif-Gh-finds-nothing-in-%s', (golden) => {
    const output = path.join(temp, `${path.basename(golden)}.validation.sarif`);
    execFileSync(executable(BINARY), ['validate', '--rule-kind', 'Sarif;Gh', '--output', output, golden], { encoding: 'utf8', timeout: 120_000 });
    const log = JSON.parse(readFileSync(output, 'utf8')) as Log;
    const findings = log.runs.flatMap((run) => run.results ?? []).map((result) => `${result.ruleId}: ${result.message.text ?? ''}`);
    expect(findings).toEqual([]);
  });

  test.each(GOLDENS)('every rule of %s has name, help and a README helpUri; the run has automationDetails and fullName', (golden) => {
    const run = (JSON.parse(readFileSync(golden, 'utf8')) as Log).runs[0]!;
    expect(run.automationDetails?.id).toMatch(/^flowkeeper\/(validate|plan)\/$/);
    expect(run.tool.driver.fullName).toBeTruthy();
    for (const rule of run.tool.driver.rules ?? []) {
      expect(rule.name).toBeTruthy();
      expect(rule.help?.text).toBeTruthy();
      expect(rule.help?.markdown).toBeTruthy();
      expect(rule.helpUri).toMatch(/README\.md#(rule-[a-z-]+|severity-of-changes)$/);
    }
  });
});

describe('README', () => {
  // helpUri points at `#rule-<id>`: the README's table is the catalogue itself, with those anchors.
  test('the rules table in README.md is the catalogue, each row anchored rule-<id>', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('<!-- rules:start');
    const end = readme.indexOf('<!-- rules:end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(readme.indexOf('\n', start) + 1, end).trim()).toBe(rulesTableMarkdown());
    for (const rule of RULES) expect(readme).toContain(`<a id="rule-${rule.id}"></a>`);
    expect(readme).toContain('### Severity of changes');
  });
});
