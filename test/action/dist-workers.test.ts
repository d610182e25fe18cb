import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, NODES } from '../helpers/run-action.js';
import { tempRepo, type TempRepo } from '../helpers/temp-repo.js';

// validate spreads a large repository over worker threads on a machine with enough cores (see
// workersFor), each started on dist/check-worker.js. That file must be the bundle's own worker:
// ncc copied the source's check-worker.js, whose imports dist/ does not have, and a stub that
// refused to run took its place. Here the worker is started as parallel-check starts it, with
// the job parallel-check gives it, under each Node the action runs on.

let repo: TempRepo;
beforeAll(async () => {
  repo = await tempRepo({
    'flows/base.yaml': 'liveness:\n  minScore: 0.7\n',
    'flows/a.yaml': 'id: "64a1b2c3d4e5f67890120001"\nextends: base.yaml\nsteps:\n  liveness: mandatory\n',
    'flows/b.yaml': 'id: "64a1b2c3d4e5f67890120002"\nstatus: nope\n',
  });
});
afterAll(() => repo.cleanup());

const WORKER = path.join(path.dirname(DIST), 'check-worker.js');

describe.each(NODES)('dist/check-worker.js under $name', ({ path: node }) => {
  it('action-crashed-starting-workers: checks its share of the files and posts the verdicts back', () => {
    const job = { paths: ['a.yaml', 'b.yaml'].map((name) => path.join(repo.dir, 'flows', name)), cwd: repo.dir, root: repo.dir };
    const script = `import { Worker } from 'node:worker_threads';
const worker = new Worker(new URL(${JSON.stringify(pathToFileURL(WORKER).href)}), { workerData: ${JSON.stringify(job)} });
worker.once('message', (checked) => { process.stdout.write(JSON.stringify(checked)); worker.terminate(); });
worker.once('error', (error) => { process.stderr.write(String(error?.stack ?? error)); process.exitCode = 1; });`;
    // A file, not --eval: a worker inherits the process's flags, and --input-type is refused there.
    const starter = path.join(repo.dir, 'start-worker.mjs');
    writeFileSync(starter, script);
    const run = spawnSync(node, [starter], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    const checked = JSON.parse(run.stdout) as Array<{ result: { path: string; valid: boolean; errors: Array<{ rule: string }> }; bases: string[] }>;
    expect(checked.map((c) => [c.result.path, c.result.valid, c.result.errors.map((e) => e.rule)])).toEqual([
      ['flows/a.yaml', true, []],
      ['flows/b.yaml', false, ['enum']],
    ]);
    expect(checked[0]!.bases).toEqual([path.join(repo.dir, 'flows/base.yaml')]);
  });
});
