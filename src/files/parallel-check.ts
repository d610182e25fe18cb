import { Worker } from 'node:worker_threads';
import type { Checked, ValidateFilesOptions } from './validate-files.js';

/** What a worker is given: its share of the files and where to read them. */
export interface CheckJob {
  paths: string[];
  cwd: string;
  root: string;
}

/**
 * Spreads the files over worker threads, in contiguous shares so that files extending the same
 * bases mostly land in the same worker (each worker parses a base once), and returns the
 * verdicts in the order of `paths`.
 */
export async function checkInWorkers(paths: readonly string[], options: ValidateFilesOptions, workers: number): Promise<Checked[]> {
  const share = Math.ceil(paths.length / workers);
  const jobs: CheckJob[] = [];
  for (let start = 0; start < paths.length; start += share) jobs.push({ paths: paths.slice(start, start + share), cwd: options.cwd, root: options.root });
  const results = await Promise.all(
    jobs.map(
      (job) =>
        new Promise<Checked[]>((resolve, reject) => {
          const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: job });
          worker.once('message', (checked: Checked[]) => resolve(checked));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a validation worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  return results.flat();
}
