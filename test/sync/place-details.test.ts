import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import type { PlannedFlow } from '../../src/plan/planned-flow.js';
import { detailsPlacer } from '../../src/sync/place-details.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

const ID = '65f1a2b3c4d5e6f7a8b90001';
const FLOW = `id: ${ID}\nextends: bases/b.yaml\nstatus: active\nsteps:\n  document: mandatory\n`;

let repo: TempRepo;
beforeAll(async () => {
  repo = await tempRepo({ 'flows/bases/b.yaml': 'liveness:\n  minScore: 0.7\n', 'flows/a.yaml': FLOW });
});
afterAll(() => repo.cleanup());

function flowAt(flowPath: string): PlannedFlow {
  return { path: flowPath, id: ID, body: {}, status: 'active' };
}

// A detail points at a token and ends where it does (endColumn exclusive).
const at = (field: string, file: string, line: number, column: number, endColumn: number) => ({ field, message: `${field} is wrong`, severity: 'error', rule: 'api-validation', file, line, column, endLine: line, endColumn });

describe('detailsPlacer maps a 422’s details to the files of the flow', () => {
  test.each([
    ['a field the file writes: at its value', 'status', at('status', 'flows/a.yaml', 3, 9, 15)],
    ['a nested field the file writes', 'steps.document', at('steps.document', 'flows/a.yaml', 5, 13, 22)],
    ['a field missing under a section the file writes: at the section’s key', 'steps.liveness', at('steps.liveness', 'flows/a.yaml', 4, 1, 6)],
    ['a field a base writes: in the base', 'liveness.minScore', at('liveness.minScore', 'flows/bases/b.yaml', 2, 13, 16)],
    ['a field missing under a section a base writes: at the base’s key', 'liveness.searchMode', at('liveness.searchMode', 'flows/bases/b.yaml', 1, 1, 9)],
    ['a section nobody writes: the top of the flow file', 'documents.verificationMethods', at('documents.verificationMethods', 'flows/a.yaml', 1, 1, 3)],
    ['the whole body', '', at('', 'flows/a.yaml', 1, 1, 3)],
  ])('%s', async (_name, field, expected) => {
    const place = detailsPlacer(repo.dir, repo.dir);
    expect(await place(flowAt('flows/a.yaml'), [{ field, message: `${field} is wrong` }])).toEqual([expected]);
  });

  test('keeps the order and number of the details', async () => {
    const place = detailsPlacer(repo.dir, repo.dir);
    const placed = await place(flowAt('flows/a.yaml'), [
      { field: 'steps.document', message: 'one' },
      { field: 'status', message: 'two' },
      { field: 'steps.document', message: 'three' },
    ]);
    expect(placed.map((d) => [d.field, d.message, d.line])).toEqual([
      ['steps.document', 'one', 5],
      ['status', 'two', 3],
      ['steps.document', 'three', 5],
    ]);
  });

  test('paths stay relative to the working directory when it is below the root', async () => {
    const place = detailsPlacer(path.join(repo.dir, 'flows'), repo.dir);
    expect(await place(flowAt('a.yaml'), [{ field: 'liveness.minScore', message: 'm' }])).toEqual([
      { field: 'liveness.minScore', message: 'm', severity: 'error', rule: 'api-validation', file: 'bases/b.yaml', line: 2, column: 13, endLine: 2, endColumn: 16 },
    ]);
  });

  test('a file gone since the sync started: the details name the flow’s file, without a position', async () => {
    const place = detailsPlacer(repo.dir, repo.dir);
    expect(await place(flowAt('flows/gone.yaml'), [{ field: 'status', message: 'm' }])).toEqual([{ field: 'status', message: 'm', severity: 'error', rule: 'api-validation', file: 'flows/gone.yaml' }]);
  });
});
