import { describe, expect, it } from '@jest/globals';
import { ACTION_NAMES } from '../../src/action/names.js';
import { verdictOf, type VerdictInputs } from '../../src/app/verdict.js';
import { CLI_NAMES } from '../../src/cli/names.js';
import type { FileResult, SyncReport, ValidateReport } from '../../src/reports/types.js';
import { summarize } from '../../src/files/validate-files.js';

const warning = { field: 'a', message: 'w', severity: 'warning' as const, rule: 'insecure-url' };
const error = { field: 'a', message: 'e', severity: 'error' as const, rule: 'range' };
const file = (errors: number, warnings: number): FileResult => ({
  path: 'flows/a.yaml',
  id: null,
  valid: errors === 0,
  errors: Array.from({ length: errors }, () => error),
  warnings: Array.from({ length: warnings }, () => warning),
});
const clean: ValidateReport = summarize([file(0, 0)]);
const syncReport = (over: Partial<SyncReport>): SyncReport => ({
  apiUrl: 'https://api.example',
  dryRun: false,
  base: null,
  blockedBy: [],
  flows: [],
  requests: [],
  summary: { flows: 2, updated: 1, unchanged: 0, deleted: 0, notDeleted: 0, failed: 1, unknown: 0, notAttempted: 0, rolledBack: 0, rollbackFailed: 0 },
  ...over,
});

// Each row: the inputs, then the exit kind and message each edge shows (undefined when it passes).
const ROWS: Array<{ name: string; inputs: VerdictInputs; exit: string; cli?: string; action?: string }> = [
  { name: 'clean', inputs: { validation: clean }, exit: 'ok' },
  { name: 'errors', inputs: { validation: summarize([file(2, 1), file(0, 0)]) }, exit: 'findings', cli: '2 errors in 1 flow file', action: '2 errors in 1 flow file' },
  { name: 'warnings within the limit', inputs: { validation: summarize([file(0, 2)]), maxWarnings: 2 }, exit: 'ok' },
  { name: 'warnings with no limit', inputs: { validation: summarize([file(0, 9)]) }, exit: 'ok' },
  { name: 'too many warnings', inputs: { validation: summarize([file(0, 1)]), maxWarnings: 0 }, exit: 'findings', cli: '1 warning, more than --max-warnings 0', action: '1 warning, more than max-warnings 0' },
  {
    name: 'errors come before a failed sync',
    inputs: { validation: summarize([file(1, 0)]), sync: { report: syncReport({}), ok: false } },
    exit: 'findings',
    cli: '1 error in 1 flow file',
    action: '1 error in 1 flow file',
  },
  {
    name: 'the guard',
    inputs: { validation: clean, sync: { report: syncReport({ blockedBy: ['x', 'y'] }), ok: false } },
    exit: 'failure',
    cli: 'the guard stopped the sync (2 reasons); pass --force if this is intended',
    action: 'the guard stopped the sync (2 reasons); set force: true if this is intended',
  },
  { name: 'a failed flow', inputs: { validation: clean, sync: { report: syncReport({}), ok: false } }, exit: 'failure', cli: '1 flow failed to sync', action: '1 flow failed to sync' },
  { name: 'a sync that went through', inputs: { validation: clean, sync: { report: syncReport({}), ok: true } }, exit: 'ok' },
];

describe('verdictOf', () => {
  it.each(ROWS)('$name', ({ inputs, exit, cli, action }) => {
    expect(verdictOf(inputs, CLI_NAMES)).toEqual({ exit, ...(cli ? { failure: expect.objectContaining({ message: cli }) } : {}) });
    expect(verdictOf(inputs, ACTION_NAMES)).toEqual({ exit, ...(action ? { failure: expect.objectContaining({ message: action }) } : {}) });
  });
});
