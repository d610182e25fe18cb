/**
 * Each finding once, at its cause (issue 17): where a finding points, how often a base's finding
 * is told and counted, and the first place of a duplicate key. Real files, the CLI in process.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { runCli } from '../helpers/run-cli-in-process.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const ID = '64a1b2c3d4e5f67890123456';
const ID2 = '64a1b2c3d4e5f67890123457';

interface Finding { field: string; message: string; rule: string; severity: string; file?: string; line?: number; column?: number; endLine?: number; endColumn?: number }
interface JsonReport {
  files: Array<{ path: string; valid: boolean; errors: Finding[]; warnings: Finding[] }>;
  summary: { files: number; valid: number; invalid: number; errors: number; warnings: number };
}

let repo: TempRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

async function validateJson(files: Record<string, string>, args: string[] = ['flows', 'bases']): Promise<JsonReport> {
  repo = await tempRepo(files);
  const run = await runCli(['validate', ...args, '--format', 'json', '--root', repo.dir], { cwd: repo.dir });
  return JSON.parse(run.stdout) as JsonReport;
}

const fileOf = (report: JsonReport, path: string) => report.files.find((f) => f.path === path)!;

describe('where a finding points', () => {
  it('required-when-points-at-line-1: at the field that triggers the rule, named by its path', async () => {
    const report = await validateJson({ 'flows/a.yaml': `id: ${ID}\nstatus: draft\nsteps:\n  liveness: skip\n  document: mandatory\n` }, ['flows']);
    const errors = fileOf(report, 'flows/a.yaml').errors.filter((d) => d.rule === 'required-when');
    expect(errors.map((d) => [d.field, d.line, d.column])).toEqual([
      ['documents.verificationMethods', 5, 13],
      ['documents.documentTypes', 5, 13],
    ]);
    expect(errors[0]!.message).toBe('verificationMethods is required when documents step is not skipped');
    repo?.cleanup();
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\nsteps:\n  document: mandatory\n` });
    const stylish = await runCli(['validate', 'flows', '--root', repo.dir], { cwd: repo.dir });
    expect(stylish.stdout).toMatch(/3:13 +error +documents\.verificationMethods: verificationMethods is required/);
  });

  it('required-when still points at an empty list written in the file', async () => {
    const report = await validateJson({ 'flows/a.yaml': `id: ${ID}\nsteps:\n  document: optional\ndocuments:\n  verificationMethods: []\n  documentTypes: []\n` }, ['flows']);
    const errors = fileOf(report, 'flows/a.yaml').errors.filter((d) => d.rule === 'required-when');
    expect(errors.map((d) => [d.field, d.line, d.column])).toEqual([
      ['documents.verificationMethods', 5, 24],
      ['documents.documentTypes', 6, 18],
    ]);
  });
});

describe('bases', () => {
  it('base-error-counted-per-extending-file: told once at the base, counted once', async () => {
    const report = await validateJson({
      'bases/base.yaml': 'liveness:\n  minScore: 2\n',
      'flows/a.yaml': `id: ${ID}\nextends: ../bases/base.yaml\n`,
      'flows/b.yaml': `id: ${ID2}\nextends: ../bases/base.yaml\n`,
    });
    const base = fileOf(report, 'bases/base.yaml');
    expect(base.errors.map((d) => d.rule)).toEqual(['range']);
    for (const path of ['flows/a.yaml', 'flows/b.yaml']) {
      const flow = fileOf(report, path);
      // Still invalid (a sync would fail), but only a reference to the base's finding.
      expect(flow.valid).toBe(false);
      expect(flow.errors).toHaveLength(1);
      expect(flow.errors[0]).toMatchObject({ file: 'bases/base.yaml', line: 2, rule: 'range' });
      expect(flow.errors[0]!.message).toBe('see bases/base.yaml');
    }
    expect(report.summary.errors).toBe(1);
  });

  it('base-error-counted-per-extending-file: a base not among the files is told in full by the first flow', async () => {
    const report = await validateJson({
      'bases/base.yaml': 'liveness:\n  minScore: 2\n',
      'flows/a.yaml': `id: ${ID}\nextends: ../bases/base.yaml\n`,
      'flows/b.yaml': `id: ${ID2}\nextends: ../bases/base.yaml\n`,
    }, ['flows']);
    expect(fileOf(report, 'flows/a.yaml').errors[0]!.message).toMatch(/^liveness\.minScore is 2/);
    expect(fileOf(report, 'flows/b.yaml').errors[0]!.message).toBe('see flows/a.yaml (the error is in the base bases/base.yaml)');
    expect(report.summary.errors).toBe(1);
  });

  it('missing-base-judged-anyway: the extends error alone, listed first', async () => {
    const report = await validateJson({
      'flows/a.yaml': `id: ${ID}\nsteps:\n  document: mandatory\nextends: ../bases/gone.yaml\n`,
    }, ['flows']);
    const flow = fileOf(report, 'flows/a.yaml');
    expect(flow.errors.map((d) => d.rule)).toEqual(['extends']);
    expect(flow.warnings).toEqual([]);
  });

  it('missing-base-judged-anyway: an extends error sorts before the file\'s own findings', async () => {
    const report = await validateJson({
      'flows/a.yaml': `id: ${ID}\nliveness:\n  minScore: 2\nextends: ../bases/gone.yaml\n`,
    }, ['flows']);
    expect(fileOf(report, 'flows/a.yaml').errors.map((d) => d.rule)).toEqual(['extends', 'range']);
    repo?.cleanup();
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\nliveness:\n  minScore: 2\nextends: ../bases/gone.yaml\n` });
    const stylish = await runCli(['validate', 'flows', '--root', repo.dir], { cwd: repo.dir });
    expect(stylish.stdout.indexOf('extends')).toBeLessThan(stylish.stdout.indexOf('minScore'));
  });

  it('cycle-among-unextended-bases-passes: reported at a base in the cycle', async () => {
    const report = await validateJson({
      'bases/x.yaml': 'extends: y.yaml\n',
      'bases/y.yaml': 'extends: x.yaml\n',
      'flows/a.yaml': `id: ${ID}\n`,
    });
    expect(report.summary.errors).toBeGreaterThan(0);
    const cycles = report.files.flatMap((f) => f.errors).filter((d) => d.rule === 'extends');
    expect(cycles.length).toBeGreaterThan(0);
    for (const d of cycles) expect(d.message).toContain('makes a cycle');
    expect(fileOf(report, 'flows/a.yaml').valid).toBe(true);
  });
});

describe('duplicates and ranges', () => {
  it('print-shows-findings-twice', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\nliveness:\n  minScore: 2\n` });
    const run = await runCli(['print', 'flows/a.yaml', '--root', repo.dir], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stderr.match(/minScore is 2/g)).toHaveLength(1);
  });

  it('duplicate-key-names-only-second: the text formats name the first', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\nstatus: draft\nstatus: active\n`, 'flows/b.json': `{"id": "${ID2}",\n "status": "draft",\n "status": "active"}\n` });
    const stylish = await runCli(['validate', 'flows', '--root', repo.dir], { cwd: repo.dir });
    expect(stylish.stdout).toMatch(/3:1 +error +.*"status" appears twice.*first at 2:1/);
    expect(stylish.stdout).toMatch(/3:2 +error +.*"status" appears twice.*first at 2:2/);
    const github = await runCli(['validate', 'flows', '--root', repo.dir, '--format', 'github'], { cwd: repo.dir });
    expect(github.stdout).toMatch(/::error file=flows\/a\.yaml,line=3,.*first at 2:1/);
  });

  it('sarif-region-has-no-end: every positioned finding has an end, in SARIF and in annotations', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\nliveness:\n  minScore: 2\nstauts: draft\nintegrations:\n  redirectUrl: "http://example.com/done"\n` });
    const sarif = JSON.parse((await runCli(['validate', 'flows', '--root', repo.dir, '--format', 'sarif'], { cwd: repo.dir })).stdout);
    const regions = sarif.runs[0].results.map((r: { ruleId: string; locations: Array<{ physicalLocation: { region: unknown } }> }) => [r.ruleId, r.locations[0]!.physicalLocation.region]).filter(([rule]: [string]) => rule !== 'step-skipped-but-configured');
    expect(regions).toEqual([
      ['range', { startLine: 3, startColumn: 13, endLine: 3, endColumn: 14 }],
      ['unknown-key', { startLine: 4, startColumn: 1, endLine: 4, endColumn: 7 }],
      ['insecure-url', { startLine: 6, startColumn: 16, endLine: 6, endColumn: 41 }],
    ]);
    const github = await runCli(['validate', 'flows', '--root', repo.dir, '--format', 'github'], { cwd: repo.dir });
    expect(github.stdout).toContain('::error file=flows/a.yaml,line=3,endLine=3,col=13,endColumn=14,title=range::');
  });

  it('duplicate-key-names-only-second: SARIF relates the first', async () => {
    repo = await tempRepo({ 'flows/a.yaml': `id: ${ID}\nstatus: draft\nstatus: active\n` });
    const sarif = JSON.parse((await runCli(['validate', 'flows', '--root', repo.dir, '--format', 'sarif'], { cwd: repo.dir })).stdout);
    const result = sarif.runs[0].results[0];
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 1, endLine: 3, endColumn: 7 });
    expect(result.relatedLocations).toEqual([
      { id: 0, physicalLocation: { artifactLocation: { uri: 'flows/a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 7 } }, message: { text: 'first written here' } },
    ]);
  });
});

describe('a cycle among bases, met by a flow listed before them', () => {
  it('cycle-among-unextended-bases-passes: the bases tell it, the flow refers to it', async () => {
    const report = await validateJson({
      'bases/x.yaml': 'extends: y.yaml\n',
      'bases/y.yaml': 'extends: x.yaml\n',
      'a/flow.yaml': `id: ${ID}\nextends: ../bases/x.yaml\n`,
    }, ['a', 'bases']);
    expect(report.files.map((f) => f.path)).toEqual(['a/flow.yaml', 'bases/x.yaml', 'bases/y.yaml']);
    const flow = fileOf(report, 'a/flow.yaml');
    expect(flow.valid).toBe(false);
    expect(flow.errors.map((d) => d.message)).toEqual(['see bases/x.yaml (the error is in the base bases/y.yaml)']);
    for (const path of ['bases/x.yaml', 'bases/y.yaml']) expect(fileOf(report, path).errors.map((d) => d.message)).toEqual([expect.stringContaining('makes a cycle')]);
    expect(report.summary.errors).toBe(2);
  });
});
