import { parentPort, workerData } from 'node:worker_threads';
import type { CheckJob } from './parallel-check.js';
import { checkFlowFiles } from './validate-files.js';
import { usePlainEnv } from '../plain-env.js';

// The worker side of checkInWorkers: check this share of the files and hand the verdicts back.
usePlainEnv();
const job = workerData as CheckJob;
parentPort!.postMessage(await checkFlowFiles(job.paths, { cwd: job.cwd, root: job.root }));
