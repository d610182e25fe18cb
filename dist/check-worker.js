import { parentPort, workerData } from 'node:worker_threads';
import { checkFlowFiles } from './validate-files.js';
// The worker side of checkInWorkers: check this share of the files and hand the verdicts back.
// As in the CLI's main thread, a plain copy of the environment keeps the yaml parser fast.
process.env = { ...process.env };
const job = workerData;
parentPort.postMessage(await checkFlowFiles(job.paths, { cwd: job.cwd, root: job.root }));
//# sourceMappingURL=check-worker.js.map