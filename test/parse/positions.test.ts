import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { discoverFlowFiles } from '../../src/files/discover.js';
import { validateFlowFiles } from '../../src/files/validate-files.js';
import type { ValidateReport } from '../../src/reports/types.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const ID = '64a1b2c3d4e5f67890123456';

/** Each case: files to write, the file whose report to read, and the diagnostic expected. */
interface PositionCase {
  name: string;
  files: Record<string, string>;
  report: string;
  expected: { field: string; rule: string; file: string; line: number; column: number };
}

const cases: PositionCase[] = [
  {
    name: 'yaml: out-of-range value points at the value',
    files: { 'f.yaml': `id: ${ID}\nliveness:\n  minScore: 0.95\n` },
    report: 'f.yaml',
    expected: { field: 'liveness.minScore', rule: 'range', file: 'f.yaml', line: 3, column: 13 },
  },
  {
    name: 'json: out-of-range value points at the value',
    files: { 'f.json': `{\n  "id": "${ID}",\n  "liveness": {\n    "minScore": 0.95\n  }\n}\n` },
    report: 'f.json',
    expected: { field: 'liveness.minScore', rule: 'range', file: 'f.json', line: 4, column: 17 },
  },
  {
    name: 'yaml: unknown key points at the key',
    files: { 'f.yaml': `id: ${ID}\nliveness:\n  minScroe: 0.7\n` },
    report: 'f.yaml',
    expected: { field: 'liveness.minScroe', rule: 'unknown-key', file: 'f.yaml', line: 3, column: 3 },
  },
  {
    name: 'json: unknown key points at the key',
    files: { 'f.json': `{"id": "${ID}",\n "liveness": {"minScroe": 0.7}}` },
    report: 'f.json',
    expected: { field: 'liveness.minScroe', rule: 'unknown-key', file: 'f.json', line: 2, column: 15 },
  },
  {
    name: 'yaml: missing field points at the nearest enclosing key',
    files: { 'f.yaml': `id: ${ID}\ndocuments:\n  documentTypes:\n    - configurations: []\n` },
    report: 'f.yaml',
    expected: { field: 'documents.documentTypes.0.country', rule: 'required', file: 'f.yaml', line: 4, column: 7 },
  },
  {
    name: 'yaml: a bad id points at the id',
    files: { 'f.yaml': `# a comment\nid: 64a1b2c3d4e5f6789012346\n` },
    report: 'f.yaml',
    expected: { field: 'id', rule: 'object-id', file: 'f.yaml', line: 2, column: 5 },
  },
  {
    name: 'yaml: cross-field error points at the field that must change',
    files: { 'f.yaml': `id: ${ID}\nsteps:\n  document: mandatory\ndocuments:\n  verificationMethods: []\n  documentTypes:\n    - country: US\n      configurations: []\n` },
    report: 'f.yaml',
    expected: { field: 'documents.verificationMethods', rule: 'required-when', file: 'f.yaml', line: 5, column: 24 },
  },
  {
    name: 'yaml: an error written in a base is reported in the base',
    files: {
      'base.yaml': 'liveness:\n  attemptLimit: 3\n  searchMinScore: 0.99\n',
      'f.yaml': `id: ${ID}\nextends: base.yaml\n`,
    },
    report: 'f.yaml',
    expected: { field: 'liveness.searchMinScore', rule: 'range', file: 'base.yaml', line: 3, column: 19 },
  },
  {
    name: 'yaml: a list the file replaces is the file\'s, not the base\'s',
    files: {
      'base.yaml': 'documents:\n  documentTypes:\n    - country: US\n      configurations: [{documentCategory: passport}]\n',
      'f.yaml': `id: ${ID}\nextends: base.yaml\ndocuments:\n  documentTypes:\n    - configurations: []\n`,
    },
    report: 'f.yaml',
    expected: { field: 'documents.documentTypes.0.country', rule: 'required', file: 'f.yaml', line: 5, column: 7 },
  },
  {
    name: 'yaml: a missing base points at the extends entry',
    files: { 'f.yaml': `id: ${ID}\nextends:\n  - nope.yaml\n` },
    report: 'f.yaml',
    expected: { field: 'extends.0', rule: 'extends', file: 'f.yaml', line: 3, column: 5 },
  },
  {
    name: 'yaml: syntax error has its line',
    files: { 'f.yaml': `id: ${ID}\nliveness:\n  minScore: [0.7\n` },
    report: 'f.yaml',
    expected: { field: '', rule: 'parse', file: 'f.yaml', line: 4, column: 1 },
  },
  {
    name: 'yaml: duplicate key points at the second key',
    files: { 'f.yaml': `id: ${ID}\nstatus: active\nstatus: draft\n` },
    report: 'f.yaml',
    expected: { field: '', rule: 'parse', file: 'f.yaml', line: 3, column: 1 },
  },
  {
    name: 'json: duplicate key points at the second key',
    files: { 'f.json': `{"id": "${ID}",\n "status": "active",\n "status": "draft"}` },
    report: 'f.json',
    expected: { field: '', rule: 'parse', file: 'f.json', line: 3, column: 2 },
  },
  {
    name: 'json: trailing comma has its position',
    files: { 'f.json': `{"id": "${ID}",\n "status": "active",\n}` },
    report: 'f.json',
    expected: { field: '', rule: 'parse', file: 'f.json', line: 3, column: 1 },
  },
  {
    name: 'yaml with CRLF line ends: same positions',
    files: { 'f.yaml': `id: ${ID}\r\nliveness:\r\n  minScore: 0.95\r\n` },
    report: 'f.yaml',
    expected: { field: 'liveness.minScore', rule: 'range', file: 'f.yaml', line: 3, column: 13 },
  },
  {
    name: 'yaml with a byte order mark: same positions',
    files: { 'f.yaml': `\uFEFFid: ${ID}\nliveness:\n  minScore: 0.95\n` },
    report: 'f.yaml',
    expected: { field: 'liveness.minScore', rule: 'range', file: 'f.yaml', line: 3, column: 13 },
  },
];

describe('diagnostic positions', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await tempRepo();
  });
  afterAll(() => repo.cleanup());

  it.each(cases)('$name', async ({ name, files, report: reportPath, expected }) => {
    const folder = name.replace(/[^a-z0-9]+/gi, '-');
    await repo.write(Object.fromEntries(Object.entries(files).map(([p, text]) => [`${folder}/${p}`, text])));
    const cwd = path.join(repo.dir, folder);
    const report: ValidateReport = await validateFlowFiles(await discoverFlowFiles(['.'], cwd), { cwd, root: cwd });
    const result = report.files.find((f) => f.path === reportPath);
    expect(result).toBeDefined();
    const found = result!.errors.find((d) => d.field === expected.field && d.rule === expected.rule);
    expect(found).toMatchObject(expected);
  });
});
