import { usePlainEnv } from '../plain-env.js';
import { run } from './main.js';

// The action's only side effect: the runner starts this file (action.yml's runs.main is its bundle).
usePlainEnv();
await run();
