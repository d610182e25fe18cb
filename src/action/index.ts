import { usePlainEnv } from '../plain-env.js';
import { run } from './main.js';

// The action's only side effect: the runner starts this file (action.yml's runs.main is its bundle).
usePlainEnv();
// A cancelled job gets SIGINT, then SIGTERM 7.5 s later: either stops a sync early, with its
// report, summary and outputs written for what happened.
const stop = new AbortController();
for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => stop.abort(`interrupted by ${name}`));
await run(stop.signal);
