// A repository with a history, for measuring `plan --base`: the 1,000-file YAML corpus
// committed, then COMMITS commits of a few edited flows each, the last one changing CHANGED
// flows, as a pull request would. Deterministic from the seed; rebuilt when its stamp differs.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRandom, ensureRepository } from './generate.mjs';

const COMMITS = 40;
const CHANGED = 10;
const HISTORY_VERSION = 1;

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@flowkeeper.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@flowkeeper.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Changes the first `attemptLimit` of a file to another value in 2–4: a real change of the flow's body. */
function edit(text, rnd) {
  const match = /attemptLimit: (\d+)/.exec(text);
  if (!match) return undefined;
  const choices = [2, 3, 4].filter((n) => String(n) !== match[1]);
  return text.replace(match[0], `attemptLimit: ${rnd.pick(choices)}`);
}

/**
 * Makes sure `dir` holds the repository: flows under `flows/`, COMMITS commits after the first,
 * the last changing CHANGED valid flows. Returns the flows folder and the commit a plan compares with.
 */
export function ensureHistory(dir, { seed, force = false }) {
  const stampFile = `${dir}.stamp.json`;
  const wanted = JSON.stringify({ version: HISTORY_VERSION, seed, commits: COMMITS, changed: CHANGED });
  const flows = path.join(dir, 'flows');
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) {
    return { dir, flows, base: 'HEAD~1', commits: COMMITS + 1, changed: CHANGED, reused: true };
  }
  rmSync(stampFile, { force: true });
  rmSync(dir, { recursive: true, force: true });
  const summary = ensureRepository(flows, { files: 1000, format: 'yaml', seed, errorShare: 0.05 }, { force: true });
  rmSync(`${flows}.stamp.json`, { force: true });
  const git = (...args) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'flows');
  const rnd = createRandom(seed + 7);
  const valid = git('ls-files', 'flows').split('\n').filter((f) => f && !f.includes('/bases/') && !summary.invalid.some((bad) => f.endsWith(bad)));
  for (let i = 1; i <= COMMITS; i++) {
    const count = i === COMMITS ? CHANGED : 1 + Math.floor(rnd.next() * 4);
    let edited = 0;
    for (const file of rnd.sample(valid, Math.min(valid.length, count * 3))) {
      if (edited === count) break;
      const full = path.join(dir, file);
      const next = edit(readFileSync(full, 'utf8'), rnd);
      if (next === undefined) continue;
      writeFileSync(full, next);
      edited++;
    }
    git('commit', '-q', '-am', `edit ${edited} flows (${i})`);
  }
  writeFileSync(stampFile, wanted);
  return { dir, flows, base: 'HEAD~1', commits: COMMITS + 1, changed: CHANGED, reused: false };
}
